import { ApplicationFailure } from '@temporalio/common';
import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDefinitionInput } from '../src/flow-definition';
import { PROGRESS_QUERY, type RunProgress } from '../src/run-flow.contract';
import type { runFlow } from '../src/run-flow.workflow';
import { PUBLISHED_TEST_FLOW, recordHistory as record, recordingActivities, runInput } from './support/flow-harness';
import { TemporalTestEnv } from './temporal-test-env';

let env: TemporalTestEnv;
beforeAll(async () => {
  env = await TemporalTestEnv.connect();
});
afterAll(async () => {
  await env?.close();
});

const mapThenCall: FlowDefinitionInput = {
  schemaVersion: 1,
  trigger: { kind: 'webhook', path: 'test' },
  steps: [
    {
      id: 'shape',
      kind: 'map',
      rules: [
        { target: 'order.ref', from: '=$trigger.body.ref' },
        { target: 'order.qty', from: '=$trigger.body.qty * 2' },
      ],
    },
    {
      id: 'send',
      kind: 'action',
      connector: 'echo',
      action: 'send',
      connection: 'partner',
      input: { body: '=$steps.shape.output.order', run: '=$run.id' },
      retry: { maxAttempts: 3, initialIntervalMs: 50, backoffCoefficient: 1, maxIntervalMs: 50 },
    },
    {
      id: 'confirm',
      kind: 'action',
      connector: 'echo',
      action: 'confirm',
      input: { id: '=$steps.send.output.receivedRef' },
    },
  ],
};

describe('runFlow on a real Temporal server', () => {
  it('runs steps in order, feeding each step the outputs before it', async () => {
    const { activities, calls, outcomes } = recordingActivities((call) =>
      call.action === 'send' ? { receivedRef: (call.input.body as { ref: string }).ref } : { ok: true },
    );
    const { worker, taskQueue } = await env.worker(activities);
    const input = runInput(mapThenCall, { body: { ref: 'PO-7', qty: 21 } });

    const result = await worker.runUntil(
      env.client.workflow.execute<typeof runFlow>('runFlow', {
        taskQueue,
        workflowId: `flow-test-${input.runId}`,
        args: [input],
      }),
    );

    expect(calls.map((call) => call.input)).toEqual([
      { body: { ref: 'PO-7', qty: 42 }, run: input.runId },
      { id: 'PO-7' },
    ]);
    expect(calls[0]?.idempotencyKey).toBe(`${input.runId}:send`);
    expect(calls[0]?.connection).toBe('partner');
    expect(result.steps.map((step) => [step.id, step.status, step.output])).toEqual([
      ['shape', 'succeeded', { order: { ref: 'PO-7', qty: 42 } }],
      ['send', 'succeeded', { receivedRef: 'PO-7' }],
      ['confirm', 'succeeded', { ok: true }],
    ]);
    expect(outcomes).toEqual([expect.objectContaining({ runId: input.runId, status: 'completed' })]);
    await recordHistory('map-then-actions-completed', `flow-test-${input.runId}`);
  });

  it('fails the run with the failing step error and skips the steps after it', async () => {
    const { activities, outcomes } = recordingActivities((call) => {
      if (call.action === 'send') {
        throw ApplicationFailure.create({
          type: 'http_error',
          message: 'POST http://cmms/api/work-orders → 422 Unprocessable Entity: {"error":"validation_failed"}',
          nonRetryable: true,
          details: [{ code: 'http_error', attempt: 1, details: { status: 422 } }],
        });
      }
      return {};
    });
    const { worker, taskQueue } = await env.worker(activities);
    const input = runInput(mapThenCall, { body: { ref: 'PO-8', qty: 1 } });
    const workflowId = `flow-test-${input.runId}`;

    const [failure, progress] = await worker.runUntil(async () => {
      const error = await env.client.workflow
        .execute<typeof runFlow>('runFlow', { taskQueue, workflowId, args: [input] })
        .catch((caught: unknown) => caught);
      return [error, await env.client.workflow.getHandle(workflowId).query<RunProgress>(PROGRESS_QUERY)] as const;
    });
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect(String((failure as WorkflowFailedError).cause?.message)).toContain('step "send" failed: POST http://cmms');

    expect(progress.status).toBe('failed');
    expect(progress.steps.map((step) => step.status)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(progress.steps[1]?.error).toEqual({
      code: 'http_error',
      message: expect.stringContaining('422'),
      details: { status: 422 },
    });
    expect(outcomes).toEqual([expect.objectContaining({ status: 'failed' })]);
    await recordHistory('action-fails-non-retryable', workflowId);
  });

  it("retries a failing action with the step's retry policy and reports the attempts", async () => {
    const { activities } = recordingActivities((call, attempt) => {
      if (call.action === 'send' && attempt < 3) {
        throw ApplicationFailure.create({
          type: 'http_unavailable',
          message: '503 Service Unavailable',
          nonRetryable: false,
        });
      }
      return { receivedRef: 'x' };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const input = runInput(mapThenCall, { body: { ref: 'PO-9', qty: 1 } });
    const workflowId = `flow-test-${input.runId}`;

    const result = await worker.runUntil(
      env.client.workflow.execute<typeof runFlow>('runFlow', { taskQueue, workflowId, args: [input] }),
    );
    expect(result.steps[1]).toMatchObject({ id: 'send', status: 'succeeded', attempts: 3 });
    await recordHistory('action-retried-then-succeeds', workflowId);
  });

  it('fails a step whose expression cannot be evaluated, naming the field', async () => {
    const { activities, calls } = recordingActivities(() => ({}));
    const { worker, taskQueue } = await env.worker(activities);
    const broken: FlowDefinitionInput = {
      ...mapThenCall,
      steps: [{ id: 'shape', kind: 'map', rules: [{ target: 'qty', from: '=$number($trigger.body.qty)' }] }],
    };
    const input = runInput(broken, { body: { qty: 'twelve' } });
    const workflowId = `flow-test-${input.runId}`;

    const progress = await worker.runUntil(async () => {
      await env.client.workflow
        .execute<typeof runFlow>('runFlow', { taskQueue, workflowId, args: [input] })
        .catch(() => undefined);
      return env.client.workflow.getHandle(workflowId).query<RunProgress>(PROGRESS_QUERY);
    });
    expect(progress.steps[0]).toMatchObject({
      status: 'failed',
      error: { code: 'expression_failed', message: expect.stringContaining('rules[0].from') },
    });
    expect(calls).toHaveLength(0);
    await recordHistory('expression-fails-in-map-step', workflowId);
  });

  it('launches a platform-started run: resolves the published version first, then runs it and makes it searchable', async () => {
    const published = runInput(mapThenCall, null);
    const flows = {
      [PUBLISHED_TEST_FLOW.slug]: { flow: PUBLISHED_TEST_FLOW, definition: published.definition, mappings: {} },
    };
    const { activities, calls, launches } = recordingActivities(
      (call) => (call.action === 'send' ? { receivedRef: 'R-1' } : { ok: true }),
      flows,
    );
    const { worker, taskQueue } = await env.worker(activities);
    const workflowId = `flow-test-schedule-${published.runId}`;
    const payload = { body: { ref: 'PO-9', qty: 2 } };

    const result = await worker.runUntil(async () => {
      const outcome = await env.client.workflow.execute<typeof runFlow>('runFlow', {
        taskQueue,
        workflowId,
        args: [{ launch: { flowId: published.flow.id, triggerId: 'trg_test', triggerKind: 'poll', payload } }],
      });
      return outcome;
    });

    expect(launches).toEqual([
      expect.objectContaining({ flowId: published.flow.id, triggerId: 'trg_test', workflowId, payload }),
    ]);
    expect(calls.map((call) => call.action)).toEqual(['send', 'confirm']);
    expect(calls[0]?.input.body).toEqual({ ref: 'PO-9', qty: 4 });
    expect(result.runId).toBe('run_launched_1');
    const description = await env.client.workflow.getHandle(workflowId).describe();
    expect(description.searchAttributes.TributaryFlowVersion).toEqual([published.flow.version]);
    await recordHistory('launched-run-resolves-version', workflowId);
  });
});

function recordHistory(name: string, workflowId: string): Promise<void> {
  return record(env, name, workflowId);
}
