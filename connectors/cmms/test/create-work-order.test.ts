import {
  executeAction,
  HttpError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { CmmsAuth } from '../src/auth';
import type { CreateWorkOrderInput } from '../src/actions/create-work-order.action';
import { API_KEY, CLIENT, pumpSeal, startCmms } from './cmms-fixture';

function create(auth: CmmsAuth, input: CreateWorkOrderInput = pumpSeal, idempotencyKey = 'run_1:createWorkOrder') {
  return executeAction(connector, 'createWorkOrder', { input, auth, idempotencyKey });
}

const tokenRequests = (writes: string[]) => writes.filter((line) => line.startsWith('POST /oauth/token'));

describe('cmms connector: createWorkOrder', () => {
  it('creates a work order with the API key and returns it', async () => {
    const { cmms, apiKeyAuth } = await startCmms();

    const output = await create(apiKeyAuth, { ...pumpSeal, dueAt: '2026-12-15' });

    expect(output).toMatchObject({
      id: expect.stringMatching(/^WO-\d{4}-\d{6}$/),
      title: 'Replace pump seal',
      priority: 1,
      dueAt: '2026-12-15T00:00:00.000Z',
      externalRef: 'MJ-100001',
      replayed: false,
    });
    expect(cmms.workOrders()).toEqual([expect.objectContaining({ id: output.id })]);
  });

  it('creates work orders with OAuth2, fetching one token for many concurrent and later calls', async () => {
    const { cmms, writes, oauth2Auth } = await startCmms();

    await Promise.all(Array.from({ length: 5 }, (_, n) => create(oauth2Auth, pumpSeal, `run_${n}:create`)));
    await create(oauth2Auth, pumpSeal, 'run_later:create');

    expect(cmms.workOrders()).toHaveLength(6);
    expect(tokenRequests(writes)).toEqual(['POST /oauth/token → 200']);
  });

  it('fetches a new token once when the CMMS stops accepting the cached one', async () => {
    const first = await startCmms();
    await create(first.oauth2Auth, pumpSeal, 'run_1:create');
    // A restarted CMMS forgets the tokens it issued: the cached one now gets 401 invalid_token.
    const port = Number(new URL(first.cmms.url).port);
    await first.stop();
    await new Promise((resolve) => setTimeout(resolve, 50)); // lets the client notice its kept-alive socket closed
    const restarted = await startCmms({ port });

    const output = await create(restarted.oauth2Auth, pumpSeal, 'run_2:create');

    expect(output.id).toBe(restarted.cmms.workOrders()[0]?.id);
    expect(restarted.writes).toEqual([
      'POST /api/work-orders → 401',
      'POST /oauth/token → 200',
      'POST /api/work-orders → 201',
    ]);
  });

  it('renews the token only once per call, so a CMMS that keeps rejecting tokens fails the step', async () => {
    const issuer = await startCmms();
    const api = await startCmms(); // knows none of the issuer's tokens
    const auth: CmmsAuth = { ...api.oauth2Auth, tokenUrl: `${issuer.cmms.url}/oauth/token` };

    const error = await expectRejection(create(auth), HttpError);

    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(api.writes).toEqual(['POST /api/work-orders → 401', 'POST /api/work-orders → 401']);
    expect(tokenRequests(issuer.writes)).toHaveLength(2);
  });

  it('creates one work order when a retried step sends the same idempotency key again', async () => {
    const { cmms, apiKeyAuth } = await startCmms();

    const first = await create(apiKeyAuth, pumpSeal, 'run_7:createWorkOrder');
    const retried = await create(apiKeyAuth, pumpSeal, 'run_7:createWorkOrder');

    expect(retried).toEqual({ ...first, replayed: true });
    expect(cmms.workOrders()).toHaveLength(1);
  });

  it('waits as long as a 429 Retry-After asks and then succeeds', async () => {
    const { cmms, writes, apiKeyAuth } = await startCmms();
    cmms.setFault({ status: 429, times: 1, retryAfterSeconds: 1 });

    const started = Date.now();
    const output = await create(apiKeyAuth);

    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(writes).toEqual(['POST /api/work-orders → 429', 'POST /api/work-orders → 201']);
    expect(cmms.workOrders()).toEqual([expect.objectContaining({ id: output.id })]);
  });

  it('fails a wrong API key with a non-retryable 401 that does not contain the key', async () => {
    const { cmms, apiKeyAuth } = await startCmms();
    const wrongKey = `${API_KEY}-wrong`;

    const error = await expectRejection(create({ ...apiKeyAuth, apiKey: wrongKey }), HttpError);

    expect(error.retryable).toBe(false);
    expect(error.status).toBe(401);
    expect([error.message, JSON.stringify(error)].join('\n')).not.toContain(wrongKey);
    expect(cmms.workOrders()).toHaveLength(0);
  });

  it('fails a wrong OAuth2 client secret with a non-retryable error that does not contain the secret', async () => {
    const { cmms, oauth2Auth } = await startCmms();
    const wrongSecret = `${CLIENT.clientSecret}-wrong`;

    const error = await expectRejection(create({ ...oauth2Auth, clientSecret: wrongSecret }), NonRetryableError);

    expect(error.code).toBe('OAUTH2_TOKEN_REJECTED');
    expect(error.message).toContain('invalid_client');
    expect([error.message, JSON.stringify(error)].join('\n')).not.toContain(wrongSecret);
    expect(cmms.workOrders()).toHaveLength(0);
  });

  it('times out a CMMS that answers later than timeoutMs with a retryable TIMEOUT', async () => {
    const { cmms, apiKeyAuth } = await startCmms();
    cmms.setResponseDelay(2_000);

    const started = Date.now();
    const error = await expectRejection(create(apiKeyAuth, { ...pumpSeal, timeoutMs: 300 }), RetryableError);

    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`POST ${cmms.url}/api/work-orders timed out after 300 ms`);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('rejects invalid input naming each field, without calling the CMMS', async () => {
    const { writes, apiKeyAuth } = await startCmms();
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker

    const error = await expectRejection(
      executeAction(loaded, 'createWorkOrder', {
        input: { title: '  ', assetTag: 'PUMP-07', priority: 5, dueAt: '15.12.2026', costCentre: 'X' },
        auth: apiKeyAuth,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['title', 'priority', 'dueAt', '']);
    expect(error.message).toContain('Unrecognized key: "costCentre"');
    expect(writes).toEqual([]);
  });
});

describe('cmms connector: getWorkOrder', () => {
  it('reads a work order by id', async () => {
    const { apiKeyAuth } = await startCmms();
    const created = await create(apiKeyAuth);

    const output = await executeAction(connector, 'getWorkOrder', {
      input: { id: created.id },
      auth: apiKeyAuth,
      idempotencyKey: 'k',
    });

    expect(output).toEqual({ ...created, replayed: undefined });
  });

  it('fails an unknown id with a non-retryable 404', async () => {
    const { cmms, oauth2Auth } = await startCmms();
    const error = await expectRejection(
      executeAction(connector, 'getWorkOrder', {
        input: { id: 'WO-1999-000001' },
        auth: oauth2Auth,
        idempotencyKey: 'k',
      }),
      HttpError,
    );

    expect(error.status).toBe(404);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain(`GET ${cmms.url}/api/work-orders/WO-1999-000001 → 404`);
  });
});
