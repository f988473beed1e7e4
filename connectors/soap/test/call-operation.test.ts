import {
  executeAction,
  HttpError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import {
  startMaintenanceService,
  type MaintenanceService,
  type MaintenanceServiceOptions,
} from './maintenance-service';

let service: MaintenanceService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

async function start(options: MaintenanceServiceOptions = {}): Promise<MaintenanceService> {
  service = await startMaintenanceService(options);
  return service;
}

const createPumpOrder = { assetTag: 'P-101', priority: 1, summary: 'Seal leaking on pump P-101' };

describe('soap.call', () => {
  it('creates a work order and returns the response message as an object', async () => {
    const { wsdlUrl, calls, requests } = await start();
    const output = await executeAction(connector, 'call', {
      input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: createPumpOrder, includeRawResponse: true },
      auth: { type: 'none' },
      idempotencyKey: 'run_1:create',
    });
    expect(output.result).toEqual({ workOrderId: 'WO-1000', status: 'OPEN' });
    expect(output.rawResponse).toContain('CreateWorkOrderResponse');
    expect(calls.map(({ operation, args }) => ({ operation, args }))).toEqual([
      { operation: 'CreateWorkOrder', args: { assetTag: 'P-101', priority: 1, summary: 'Seal leaking on pump P-101' } },
    ]);
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.headers.soapaction).toBe('"http://tributary.example/maintenance/CreateWorkOrder"');
  });

  it('takes the WSDL from the connection and leaves the raw envelope out unless asked', async () => {
    const { wsdlUrl } = await start();
    const output = await executeAction(connector, 'call', {
      input: {
        service: 'MaintenanceService',
        port: 'MaintenancePort',
        operation: 'GetWorkOrder',
        arguments: { workOrderId: 'WO-7' },
      },
      auth: { type: 'none', wsdlUrl },
      idempotencyKey: 'run_1:get',
    });
    expect(output).toEqual({ result: { workOrderId: 'WO-7', assetTag: 'P-101', priority: 2, status: 'CLOSED' } });
  });

  it('sends calls to the endpoint of the connection instead of the address in the WSDL', async () => {
    const wsdlHost = await startMaintenanceService();
    const target = await start();
    try {
      await executeAction(connector, 'call', {
        input: { wsdlUrl: wsdlHost.wsdlUrl, operation: 'CreateWorkOrder', arguments: createPumpOrder },
        auth: { type: 'none', endpoint: `${target.url}/maintenance` },
        idempotencyKey: 'run_1:create',
      });
      expect(wsdlHost.calls).toHaveLength(0);
      expect(target.calls).toHaveLength(1);
    } finally {
      await wsdlHost.close();
    }
  });

  it('turns a client SOAP Fault into a non-retryable error carrying the fault', async () => {
    const { wsdlUrl } = await start();
    const error = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: { ...createPumpOrder, assetTag: 'pump 101' } },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      NonRetryableError,
    );
    expect(error.code).toBe('SOAP_CLIENT_FAULT');
    expect(error.message).toContain('Unknown asset tag "pump 101"');
    expect(error.details).toMatchObject({ faultCode: 'soap:Client', detail: { field: 'assetTag' } });
  });

  it('turns a server SOAP Fault into a retryable error', async () => {
    const { wsdlUrl } = await start();
    const error = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: { ...createPumpOrder, assetTag: 'DB-0' } },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      RetryableError,
    );
    expect(error.code).toBe('SOAP_SERVER_FAULT');
    expect(error.message).toContain('Work order store unavailable');
  });

  it('sends HTTP Basic credentials the service checks', async () => {
    const { wsdlUrl, calls } = await start({ basicAuth: { username: 'planner', password: 'pump-secret-1' } });
    const output = await executeAction(connector, 'call', {
      input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: createPumpOrder },
      auth: { type: 'basic', username: 'planner', password: 'pump-secret-1' },
      idempotencyKey: 'k',
    });
    expect(output.result).toEqual({ workOrderId: 'WO-1000', status: 'OPEN' });
    expect(calls).toHaveLength(1);
  });

  it('sends a bearer token with the WSDL download and with the call', async () => {
    const { wsdlUrl, requests } = await start();
    await executeAction(connector, 'call', {
      input: { wsdlUrl, operation: 'GetWorkOrder', arguments: { workOrderId: 'WO-7' } },
      auth: { type: 'bearer', token: 'plant-token-42' },
      idempotencyKey: 'k',
    });
    expect(requests.map((request) => [request.method, request.headers.authorization])).toEqual([
      ['GET', 'Bearer plant-token-42'],
      ['POST', 'Bearer plant-token-42'],
    ]);
  });

  it('puts a WS-Security UsernameToken and extra SOAP headers into the envelope', async () => {
    const { wsdlUrl, calls, requests } = await start();
    await executeAction(connector, 'call', {
      input: {
        wsdlUrl,
        operation: 'GetWorkOrder',
        arguments: { workOrderId: 'WO-7' },
        soapHeaders: ['<Plant xmlns="http://tributary.example/context">Hamburg-2</Plant>'],
      },
      auth: { type: 'wsSecurity', username: 'planner', password: 'ws-secret-5' },
      idempotencyKey: 'k',
    });
    expect(calls[0]?.soapHeaders).toMatchObject({
      Security: { UsernameToken: { Username: 'planner', Password: { $value: 'ws-secret-5' } } },
      Plant: 'Hamburg-2',
    });
    expect(requests.every((request) => request.headers.authorization === undefined)).toBe(true);
  });

  it('fails without retrying on a 401, and the password is nowhere in the error', async () => {
    const { wsdlUrl, requests } = await start({ basicAuth: { username: 'planner', password: 'pump-secret-1' } });
    const error = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: createPumpOrder },
        auth: { type: 'basic', username: 'planner', password: 'wrong-secret-9' },
        idempotencyKey: 'k',
      }),
      HttpError,
    );
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    const shown = JSON.stringify({ json: error.toJSON(), stack: error.stack });
    expect(shown).not.toContain('wrong-secret-9');
    expect(shown).not.toContain(Buffer.from('planner:wrong-secret-9').toString('base64'));
    expect(requests).toHaveLength(1);
  });

  it('gives up on a slow operation after timeoutMs with a retryable timeout', async () => {
    const { wsdlUrl } = await start({ getWorkOrderDelayMs: 2_000 });
    const started = Date.now();
    const error = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl, operation: 'GetWorkOrder', arguments: { workOrderId: 'WO-1' }, timeoutMs: 300 },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('waits as a 429 Retry-After asks, then succeeds', async () => {
    const { wsdlUrl, requests } = await start({ rateLimitedCalls: 1 });
    const output = await executeAction(connector, 'call', {
      input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: createPumpOrder },
      auth: { type: 'none' },
      idempotencyKey: 'k',
    });
    expect(output.result).toEqual({ workOrderId: 'WO-1000', status: 'OPEN' });
    const posts = requests.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.receivedAt - posts[0]!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('reports a service that stays unavailable as retryable, and a refused connection too', async () => {
    const { wsdlUrl } = await start({ unavailableCalls: 10 });
    const unavailable = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl, operation: 'CreateWorkOrder', arguments: createPumpOrder },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      RetryableError,
    );
    expect(unavailable.message).toContain('503');

    const url = wsdlUrl;
    await service?.close();
    service = undefined;
    const refused = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl: url, operation: 'CreateWorkOrder', arguments: createPumpOrder },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      RetryableError,
    );
    expect(refused.code).toBe('CONNECTION_FAILED');
  }, 20_000);

  it('refuses invalid input, naming the field, before any request', async () => {
    const { wsdlUrl, requests } = await start();
    const untyped: Connector = connector;
    const noOperation = await expectRejection(
      executeAction(untyped, 'call', {
        input: { wsdlUrl, arguments: {} },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(noOperation.issues.map((issue) => issue.path)).toEqual(['operation']);
    const noWsdl = await expectRejection(
      executeAction(untyped, 'call', {
        input: { operation: 'GetWorkOrder' },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(noWsdl.issues.map((issue) => issue.path)).toEqual(['wsdlUrl']);
    const fileWsdl = await expectRejection(
      executeAction(untyped, 'call', {
        input: { wsdlUrl: 'file:///etc/passwd', operation: 'GetWorkOrder' },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(fileWsdl.issues.map((issue) => issue.path)).toEqual(['wsdlUrl']);
    expect(requests).toHaveLength(0);
  });

  it('names an operation the WSDL does not have, listing those it has, without calling the service', async () => {
    const { wsdlUrl, requests } = await start();
    const error = await expectRejection(
      executeAction(connector, 'call', {
        input: { wsdlUrl, operation: 'DeleteWorkOrder' },
        auth: { type: 'none' },
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues).toEqual([
      { path: 'operation', message: expect.stringContaining('CreateWorkOrder, GetWorkOrder') as unknown as string },
    ]);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});

describe('soap.describe', () => {
  it('lists services, ports and operations with their messages', async () => {
    const { wsdlUrl } = await start();
    const output = await executeAction(connector, 'describe', {
      input: { wsdlUrl },
      auth: { type: 'none' },
      idempotencyKey: 'k',
    });
    expect(output.services).toHaveLength(1);
    const [maintenance] = output.services;
    expect(maintenance?.name).toBe('MaintenanceService');
    expect(maintenance?.ports.map((port) => port.name)).toEqual(['MaintenancePort']);
    const operations = maintenance?.ports[0]?.operations ?? [];
    expect(operations.map((operation) => operation.name)).toEqual(['CreateWorkOrder', 'GetWorkOrder']);
    expect(operations[0]?.input).toMatchObject({ assetTag: 'xsd:string', priority: 'xsd:int' });
  });
});
