import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFlowWorkflows } from '../../scripts/testing/flow-workflow-bundle';
import { ActionStep, MapStep } from '../src/definition/flow-steps';
import type { StepTestOutcome, TestStepInput } from '../src/test-step.contract';
import type { testStep } from '../src/test-step.workflow';
import { recordingActivities } from './support/flow-harness';
import { TemporalTestEnv } from './temporal-test-env';

let env: TemporalTestEnv;
let workflowBundle: Awaited<ReturnType<typeof bundleFlowWorkflows>>;
beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([TemporalTestEnv.connect(), bundleFlowWorkflows()]);
});
afterAll(async () => {
  await env?.close();
});

function request(step: TestStepInput['step'], scope: TestStepInput['scope'] = { trigger: null, steps: {} }) {
  return {
    step,
    flow: { id: 'flow_test', slug: 'test' },
    scope,
    mappings: {},
    idempotencyKey: 'key-1',
    timeoutMs: 5_000,
  };
}

/** Runs `testStep` on the dev server, then replays its history through the same bundle. */
async function testAndReplay(
  activities: Parameters<TemporalTestEnv['worker']>[0],
  input: TestStepInput,
): Promise<StepTestOutcome> {
  const { worker, taskQueue } = await env.worker(activities);
  const workflowId = `step-test-${randomUUID()}`;
  const outcome = await worker.runUntil(
    env.client.workflow.execute<typeof testStep>('testStep', { taskQueue, workflowId, args: [input] }),
  );
  const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
  await expect(Worker.runReplayHistory({ workflowBundle }, history, workflowId)).resolves.toBeUndefined();
  return outcome;
}

const send = ActionStep.parse({
  id: 'send',
  kind: 'action',
  connector: 'echo',
  action: 'send',
  connection: 'partner',
  input: { ref: '=$trigger.body.ref', run: '=$run.id', version: '=$run.version', site: '=$vars.site' },
  retry: { maxAttempts: 5 },
});

describe('testStep on a real Temporal server', () => {
  it("calls runAction once with the step's connection and the resolved input, and replays", async () => {
    const { activities, calls } = recordingActivities(() => ({ received: true }));
    const outcome = await testAndReplay(activities, {
      ...request(send, { trigger: { body: { ref: 'PO-1' } }, steps: {} }),
      varsTemplate: { site: '=$trigger.body.ref & "-site"' },
    });
    expect(outcome).toEqual({
      stepId: 'send',
      kind: 'action',
      status: 'succeeded',
      input: { ref: 'PO-1', run: expect.stringMatching(/^step-test-/), version: null, site: 'PO-1-site' },
      output: { received: true },
      attempts: 1,
    });
    expect(calls).toEqual([
      expect.objectContaining({ connection: 'partner', idempotencyKey: 'key-1', stepId: 'send' }),
    ]);
  });

  it('does not retry a retryable failure: the failure is the answer', async () => {
    const { activities, calls } = recordingActivities(() => {
      throw ApplicationFailure.create({
        type: 'upstream_busy',
        message: 'try later',
        details: [{ code: 'upstream_busy', attempt: 1 }],
      });
    });
    const outcome = await testAndReplay(activities, request(send));
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { code: 'upstream_busy', message: 'try later' },
      attempts: 1,
    });
    expect(calls).toHaveLength(1);
  });

  it('reports a map step with its source, and a failed expression with its field', async () => {
    const map = MapStep.parse({
      id: 'asset',
      kind: 'map',
      source: '=$steps.fetch.output',
      mapping: { rules: [{ target: 'tag', source: 'assetTag' }] },
    });
    const { activities } = recordingActivities(() => null);
    const mapped = await testAndReplay(
      activities,
      request(map, { trigger: null, steps: { fetch: { output: { assetTag: 'P-7' } } } }),
    );
    expect(mapped).toEqual({
      stepId: 'asset',
      kind: 'map',
      status: 'succeeded',
      input: { assetTag: 'P-7' },
      output: { tag: 'P-7' },
      attempts: 1,
    });

    const broken = await testAndReplay(activities, request({ ...map, source: '=$steps.fetch.output.(' }));
    expect(broken).toMatchObject({
      status: 'failed',
      error: { code: 'expression_syntax', details: { path: 'source' } },
    });
  });
});
