import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDefinitionInput } from '../src/flow-definition';
import {
  eventually,
  parseFlow,
  progressOf,
  recordHistory,
  recordingActivities,
  runInput,
  settle,
  startRun,
  echo,
} from './support/flow-harness';
import { TemporalTestEnv } from './temporal-test-env';

let env: TemporalTestEnv;
beforeAll(async () => {
  env = await TemporalTestEnv.connect();
});
afterAll(async () => {
  await env?.close();
});

/** A long call that heartbeats, so it learns of its cancellation, as a well-behaved connector does. */
async function untilCancelled(): Promise<void> {
  const context = Context.current();
  while (!context.cancellationSignal.aborted) {
    context.heartbeat();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const bookingSaga: FlowDefinitionInput = {
  schemaVersion: 1,
  trigger: { kind: 'manual' },
  compensateOnFailure: true,
  steps: [
    {
      ...echo('reserve_crane'),
      compensation: { action: 'release_crane', input: { booking: '=$steps.reserve_crane.output.id' } },
    },
    {
      ...echo('book_crew'),
      compensation: { action: 'cancel_crew', input: { booking: '=$steps.book_crew.output.id' } },
    },
    echo('open_permit'),
  ],
};

describe('run lifecycle on a real Temporal server', () => {
  it('a saga compensates the completed steps in reverse order when a later step fails', async () => {
    const { activities, calls } = recordingActivities((call) => {
      if (call.action === 'open_permit') {
        throw ApplicationFailure.create({
          type: 'permit_denied',
          message: 'permit office closed',
          nonRetryable: true,
          details: [{ code: 'permit_denied', attempt: 1 }],
        });
      }
      return { id: `${call.action}-1` };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const input = runInput(bookingSaga, {});
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));

    expect(outcome.ok).toBe(false);
    expect(calls.map((call) => [call.action, call.input])).toEqual([
      ['reserve_crane', {}],
      ['book_crew', {}],
      ['open_permit', {}],
      ['cancel_crew', { booking: 'book_crew-1' }],
      ['release_crane', { booking: 'reserve_crane-1' }],
    ]);
    expect(progress.compensations).toEqual([
      { stepId: 'book_crew', status: 'succeeded' },
      { stepId: 'reserve_crane', status: 'succeeded' },
    ]);
    await recordHistory(env, 'saga-compensates-in-reverse', `flow-test-${input.runId}`);
  });

  it('cancelling a run cancels the running step and runs the compensations', async () => {
    const { activities, calls, outcomes } = recordingActivities(async (call) => {
      if (call.action === 'open_permit') await untilCancelled();
      return { id: `${call.action}-1` };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow = {
      ...bookingSaga,
      steps: [...bookingSaga.steps.slice(0, 2), { ...echo('open_permit'), heartbeatTimeoutMs: 1_000 }],
    };
    const input = runInput(flow, {});
    const { progress } = await worker.runUntil(async () => {
      const handle = await startRun(env, taskQueue, input);
      await eventually(async () => ((await progressOf(handle)).steps[2]?.status === 'running' ? true : undefined));
      await handle.cancel();
      return settle(handle);
    });
    expect(progress.status).toBe('cancelled');
    expect(progress.steps[2]?.status).toBe('cancelled');
    expect(calls.slice(3).map((call) => call.action)).toEqual(['cancel_crew', 'release_crane']);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'cancelled' })]);
  });

  it('a subflow runs another published flow as a child workflow and returns its output', async () => {
    const child = parseFlow({
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [echo('create_work_order', { asset: '=$trigger.body.asset' })],
      output: { workOrderId: '=$steps.create_work_order.output.id' },
    });
    const { activities } = recordingActivities((call) => ({ id: `WO-${String(call.input.asset)}` }), {
      'create-work-order': {
        flow: { id: 'flow_child', slug: 'create-work-order', version: 3, versionId: 'flv_child3' },
        definition: child,
        mappings: {},
      },
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [{ id: 'make_order', kind: 'subflow', flow: 'create-work-order', input: { asset: '=$trigger.asset' } }],
    };
    const input = runInput(flow, { asset: 'P-101' });
    const { outcome } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(outcome.ok && outcome.result.output).toEqual({
      runId: `${input.runId}_make_order`,
      flow: 'create-work-order',
      version: 3,
      output: { workOrderId: 'WO-P-101' },
    });
    await recordHistory(env, 'subflow-child-workflow', `flow-test-${input.runId}`);
  });

  it('a restart from a step reuses the recorded outputs before it and runs only the rest', async () => {
    const { activities, calls } = recordingActivities((call) => ({ from: call.action, got: call.input }));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [echo('create_order'), echo('notify', { order: '=$steps.create_order.output.id' })],
    };
    const input = runInput(
      flow,
      {},
      { resume: { sourceRunId: 'run_earlier', fromStepId: 'notify', outputs: { create_order: { id: 'WO-77' } } } },
    );
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(outcome.ok).toBe(true);
    expect(calls.map((call) => [call.action, call.input])).toEqual([['notify', { order: 'WO-77' }]]);
    expect(progress.steps[0]).toMatchObject({ status: 'succeeded', reused: true, output: { id: 'WO-77' } });
    await recordHistory(env, 'restart-from-step', `flow-test-${input.runId}`);
  });

  it('a forEach over 5,000 items with concurrency 20 runs in child batches and keeps every history small', async () => {
    const { activities, calls } = recordingActivities((call) => ({ tag: `T-${String(call.input.n)}` }));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'sync_assets',
          kind: 'forEach',
          items: '$trigger.assets',
          concurrency: 20,
          batchSize: 500,
          steps: [echo('upsert_asset', { n: '=$item' })],
          collect: '=$steps.upsert_asset.output.tag',
        },
      ],
    };
    const assets = Array.from({ length: 5_000 }, (_, index) => index);
    const input = runInput(flow, { assets });
    const workflowId = `flow-test-${input.runId}`;
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));

    expect(outcome.ok).toBe(true);
    const outputs = outcome.ok ? (outcome.result.output as string[]) : [];
    expect(outputs).toHaveLength(5_000);
    expect(outputs[4_999]).toBe('T-4999');
    expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(5_000);
    expect(progress.steps[0]?.iterations).toEqual({ total: 5_000, succeeded: 5_000, failed: 0 });

    const parent = await env.client.workflow.getHandle(workflowId).fetchHistory();
    expect(parent.events?.length).toBeLessThan(200);
    const children = parent.events?.filter((event) => event.childWorkflowExecutionStartedEventAttributes) ?? [];
    expect(children).toHaveLength(10);
    for (const child of children) {
      const id = child.childWorkflowExecutionStartedEventAttributes?.workflowExecution?.workflowId ?? '';
      const history = await env.client.workflow.getHandle(id).fetchHistory();
      // Temporal warns at 10,240 events and stops a workflow at 51,200
      expect(history.events?.length).toBeLessThan(5_000);
    }
  }, 180_000);
});
