import { executeAction, HttpError, InvalidInputError, type Connector } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
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
afterEach(async () => {
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
