import { executeAction, NonRetryableError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { CmmsAuth } from '../src/auth';
import type { ListWorkOrdersInput } from '../src/actions/list-work-orders.action';
import { pumpSeal, startCmms } from './cmms-fixture';

/** Creates `count` work orders with external refs MJ-1 … MJ-<count>, oldest first. */
async function seed(auth: CmmsAuth, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) {
    await executeAction(connector, 'createWorkOrder', {
      input: { ...pumpSeal, externalRef: `MJ-${n}` },
      auth,
      idempotencyKey: `seed:${n}`,
    });
  }
}

async function list(auth: CmmsAuth, input: ListWorkOrdersInput, resumeFrom?: unknown) {
  const heartbeats: unknown[] = [];
  const output = await executeAction(connector, 'listWorkOrders', {
    input,
    auth,
    idempotencyKey: 'run_1:list',
    heartbeat: (progress) => heartbeats.push(progress),
    resumeFrom,
  });
  return { output, heartbeats, refs: output.workOrders.map((order) => order.externalRef) };
}

describe('cmms connector: listWorkOrders', () => {
  it('reads every page, oldest first, heartbeating the next page after each', async () => {
    const { apiKeyAuth } = await startCmms();
    await seed(apiKeyAuth, 7);

    const { output, heartbeats, refs } = await list(apiKeyAuth, { pageSize: 3 });

    expect(refs).toEqual(['MJ-1', 'MJ-2', 'MJ-3', 'MJ-4', 'MJ-5', 'MJ-6', 'MJ-7']);
    expect(heartbeats).toEqual([2, 3, null]);
    expect(output).toMatchObject({ pages: 3, resumedFrom: null, nextPage: null });
  });

  it('awaits the connection’s throttle once per page request', async () => {
    const { apiKeyAuth } = await startCmms();
    await seed(apiKeyAuth, 7);
    let throttled = 0;

    const output = await executeAction(connector, 'listWorkOrders', {
      input: { pageSize: 3 },
      auth: apiKeyAuth,
      idempotencyKey: 'run_1:list',
      throttle: async () => {
        throttled++;
      },
    });

    // 7 work orders in pages of 3: three GET requests, each one throttled.
    expect(output.pages).toBe(3);
    expect(throttled).toBe(3);
  });

  it('continues from the page a crashed attempt heartbeated last', async () => {
    const { apiKeyAuth, oauth2Auth } = await startCmms();
    await seed(apiKeyAuth, 7);

    const { output, heartbeats, refs } = await list(oauth2Auth, { pageSize: 3 }, 2);

    expect(refs).toEqual(['MJ-4', 'MJ-5', 'MJ-6', 'MJ-7']);
    expect(heartbeats).toEqual([3, null]);
    expect(output).toMatchObject({ pages: 2, resumedFrom: 2, nextPage: null });
  });

  it('fetches nothing again when the previous attempt had finished', async () => {
    const { apiKeyAuth } = await startCmms();
    await seed(apiKeyAuth, 2);

    const { output } = await list(apiKeyAuth, { pageSize: 3 }, null);

    expect(output).toMatchObject({ workOrders: [], pages: 0 });
  });

  it('stops after maxPages and says where the next page starts', async () => {
    const { apiKeyAuth } = await startCmms();
    await seed(apiKeyAuth, 7);

    const { output, refs } = await list(apiKeyAuth, { pageSize: 2, maxPages: 2 });

    expect(refs).toEqual(['MJ-1', 'MJ-2', 'MJ-3', 'MJ-4']);
    expect(output).toMatchObject({ pages: 2, nextPage: 3 });
  });

  it('filters by external reference', async () => {
    const { apiKeyAuth } = await startCmms();
    await seed(apiKeyAuth, 4);

    const { refs } = await list(apiKeyAuth, { pageSize: 10, filters: { externalRef: 'MJ-3' } });

    expect(refs).toEqual(['MJ-3']);
  });

  it('refuses a resume position it did not produce', async () => {
    const { apiKeyAuth } = await startCmms();
    const error = await expectRejection(list(apiKeyAuth, { pageSize: 3 }, 'cursor-abc'), NonRetryableError);
    expect(error.code).toBe('INVALID_RESUME_POSITION');
  });
});
