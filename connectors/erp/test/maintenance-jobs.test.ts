import type { ServerResponse } from 'node:http';
import { executeAction, HttpError, InvalidInputError, RetryableError, type Connector } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import {
  startTestHttpServer,
  type ReceivedRequest,
  type TestHttpServer,
} from '@tributary/connector-sdk/testing/test-http-server';
import { startErpSimulator, type ErpSimulator } from '@tributary/examples';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { ErpAuth } from '../src/auth';

const API_KEY = 'erp-key_Zx9/+=&q?7';
const pumpJob = {
  asset: 'PUMP-07',
  description: 'Bearing noise; replace seal',
  priority: 'High',
  dueDate: '15.12.2026',
};

let erp: ErpSimulator | undefined;
let gateway: TestHttpServer | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
  await erp?.close();
  erp = undefined;
});

async function startErp(): Promise<{ erp: ErpSimulator; auth: ErpAuth; writes: string[] }> {
  const writes: string[] = [];
  erp = await startErpSimulator({ apiKey: API_KEY, log: (line) => writes.push(line) });
  return { erp, auth: { baseUrl: erp.url, apiKey: API_KEY }, writes };
}

/** Raises a job the way the ERP's own page does, without the connector. */
async function raiseDirectly(sim: ErpSimulator): Promise<string> {
  const response = await fetch(`${sim.url}/api/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(pumpJob),
  });
  const job: unknown = await response.json();
  if (typeof job !== 'object' || job === null || !('jobNumber' in job) || typeof job.jobNumber !== 'string')
    throw new Error('the ERP did not return a job');
  return job.jobNumber;
}

describe('erp connector', () => {
  it('getJob reads a maintenance job by number', async () => {
    const { erp, auth } = await startErp();
    const jobNumber = await raiseDirectly(erp);

    const job = await executeAction(connector, 'getJob', { input: { jobNumber }, auth, idempotencyKey: 'k' });

    expect(job).toMatchObject({ jobNumber, asset: 'PUMP-07', priority: 'High', status: 'open', workOrderId: null });
  });

  it('getJob fails an unknown job number with a non-retryable 404', async () => {
    const { erp, auth } = await startErp();
    const error = await expectRejection(
      executeAction(connector, 'getJob', { input: { jobNumber: 'MJ-999999' }, auth, idempotencyKey: 'k' }),
      HttpError,
    );
    expect(error.status).toBe(404);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain(`GET ${erp.url}/api/jobs/MJ-999999 → 404`);
  });

  it('updateJob links a work order with a PATCH carrying the API key, scheduling the job', async () => {
    const { erp, auth, writes } = await startErp();
    const jobNumber = await raiseDirectly(erp);

    const job = await executeAction(connector, 'updateJob', {
      input: { jobNumber, workOrderId: 'WO-2026-000001' },
      auth,
      idempotencyKey: 'k',
    });

    expect(job).toMatchObject({ jobNumber, workOrderId: 'WO-2026-000001', status: 'scheduled' });
    expect(erp.jobs()[0]).toMatchObject({ workOrderId: 'WO-2026-000001', status: 'scheduled' });
    expect(writes).toContain(`PATCH /api/jobs/${jobNumber} → 200`);
  });

  it('updateJob with a wrong API key fails non-retryably without showing the key', async () => {
    const { erp, auth } = await startErp();
    const jobNumber = await raiseDirectly(erp);
    const wrongKey = `${API_KEY}-wrong`;

    const error = await expectRejection(
      executeAction(connector, 'updateJob', {
        input: { jobNumber, workOrderId: 'WO-2026-000001', status: 'open' },
        auth: { ...auth, apiKey: wrongKey },
        idempotencyKey: 'k',
      }),
      HttpError,
    );

    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect([error.message, JSON.stringify(error)].join('\n')).not.toContain(wrongKey);
    expect(erp.jobs()[0]?.workOrderId).toBeNull();
  });

  it('raiseJob raises a job in the ERP', async () => {
    const { erp, auth } = await startErp();

    const job = await executeAction(connector, 'raiseJob', {
      input: { ...pumpJob, priority: 'Low', plant: 'BER-02' },
      auth,
      idempotencyKey: 'k',
    });

    expect(job).toMatchObject({ jobNumber: 'MJ-100001', priority: 'Low', plant: 'BER-02', dueDate: '15.12.2026' });
    expect(erp.jobs()).toHaveLength(1);
  });

  it('waits as long as a 429 Retry-After asks, then reads the job', async () => {
    const { erp, auth } = await startErp();
    const jobNumber = await raiseDirectly(erp);
    // The simulator has no rate limit of its own: a gateway in front of it answers the first call with 429.
    gateway = await startTestHttpServer((request, response, index) =>
      index === 0 ? response.writeHead(429, { 'retry-after': '1' }).end() : forward(request, response, erp.url),
    );

    const started = Date.now();
    const job = await executeAction(connector, 'getJob', {
      input: { jobNumber },
      auth: { ...auth, baseUrl: gateway.url },
      idempotencyKey: 'k',
    });

    expect(job).toMatchObject({ jobNumber, asset: 'PUMP-07' });
    expect(gateway.requests.map((request) => request.url)).toEqual([
      `/api/jobs/${jobNumber}`,
      `/api/jobs/${jobNumber}`,
    ]);
    expect(gateway.requests[1]!.receivedAt - gateway.requests[0]!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('times out an ERP that never answers with a retryable TIMEOUT', async () => {
    const { auth } = await startErp();
    gateway = await startTestHttpServer(() => undefined); // accepts the request, never answers

    const started = Date.now();
    const error = await expectRejection(
      executeAction(connector, 'getJob', {
        input: { jobNumber: 'MJ-100001', timeoutMs: 300 },
        auth: { ...auth, baseUrl: gateway.url },
        idempotencyKey: 'k',
      }),
      RetryableError,
    );

    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`GET ${gateway.url}/api/jobs/MJ-100001 timed out after 300 ms`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('awaits the connection’s throttle before each request to the ERP, retries included', async () => {
    const { erp, auth } = await startErp();
    const jobNumber = await raiseDirectly(erp);
    gateway = await startTestHttpServer((request, response, index) =>
      index === 0 ? response.writeHead(503, { 'retry-after': '0' }).end() : forward(request, response, erp.url),
    );
    let throttled = 0;

    await executeAction(connector, 'updateJob', {
      input: { jobNumber, workOrderId: 'WO-2026-000001' },
      auth: { ...auth, baseUrl: gateway.url },
      idempotencyKey: 'k',
      throttle: async () => {
        throttled++;
      },
    });

    expect(gateway.requests).toHaveLength(2);
    expect(throttled).toBe(2);
  });

  it('rejects invalid input naming each field, without calling the ERP', async () => {
    const { auth, writes } = await startErp();
    const loaded: Connector = connector;

    const error = await expectRejection(
      executeAction(loaded, 'raiseJob', {
        input: { ...pumpJob, priority: 'Urgent', dueDate: '2026-12-15' },
        auth,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['priority', 'dueDate']);
    expect(writes).toEqual([]);
  });
});

/** Passes a request on to the simulator and its answer back, as a gateway in front of the ERP would. */
async function forward(request: ReceivedRequest, response: ServerResponse, target: string): Promise<void> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) headers[name] = value;
  }
  const answer = await fetch(`${target}${request.url}`, {
    method: request.method,
    headers,
    ...(request.body === '' ? {} : { body: request.body }),
  });
  response
    .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' })
    .end(await answer.text());
}
