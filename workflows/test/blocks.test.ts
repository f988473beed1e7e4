import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDefinitionInput } from '../src/flow-definition';
import { recordHistory, recordingActivities, runInput, settle, startRun, echo } from './support/flow-harness';
import { TemporalTestEnv } from './temporal-test-env';

let env: TemporalTestEnv;
beforeAll(async () => {
  env = await TemporalTestEnv.connect();
});
afterAll(async () => {
  await env?.close();
});

describe('block steps on a real Temporal server', () => {
  it('if and switch run only the branch their expression selects', async () => {
    const { activities, calls } = recordingActivities((call) => ({ did: call.action }));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'urgent',
          kind: 'if',
          condition: '$trigger.priority = "High"',
          then: [echo('page_on_call', { job: '=$trigger.job' })],
          else: [echo('queue_ticket')],
        },
        {
          id: 'route',
          kind: 'switch',
          value: '$trigger.site',
          cases: [
            { when: ['HAM', 'BRE'], steps: [echo('north_team')] },
            { when: 'MUC', steps: [echo('south_team')] },
          ],
          default: [echo('central_team')],
        },
      ],
    };
    const input = runInput(flow, { priority: 'High', site: 'MUC', job: 'MJ-1' });
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));

    expect(outcome.ok).toBe(true);
    expect(calls.map((call) => call.action)).toEqual(['page_on_call', 'south_team']);
    expect(calls[0]?.input).toEqual({ job: 'MJ-1' });
    const byId = Object.fromEntries(progress.steps.map((step) => [step.id, step]));
    expect(byId.urgent).toMatchObject({ status: 'succeeded', branch: 'then' });
    expect(byId.queue_ticket).toMatchObject({ status: 'skipped', parentId: 'urgent' });
    expect(byId.route).toMatchObject({ status: 'succeeded', branch: 'case 1' });
    expect(byId.north_team?.status).toBe('skipped');
    expect(byId.central_team?.status).toBe('skipped');
    await recordHistory(env, 'if-and-switch-branches', `flow-test-${input.runId}`);
  });

  it('forEach runs its body per item with a concurrency limit and collects outputs in item order', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { activities, calls } = recordingActivities(async (call) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      inFlight -= 1;
      return { workOrder: `WO-${String(call.input.asset)}` };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'eachAsset',
          kind: 'forEach',
          items: '$trigger.assets',
          concurrency: 3,
          collect: { asset: '=$item', index: '=$index', workOrder: '=$steps.create.output.workOrder' },
          steps: [echo('create', { asset: '=$item' })],
        },
      ],
    };
    const assets = ['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-6', 'P-7'];
    const input = runInput(flow, { assets });
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));

    expect(outcome.ok && outcome.result.output).toEqual(
      assets.map((asset, index) => ({ asset, index, workOrder: `WO-${asset}` })),
    );
    expect(maxInFlight).toBe(3);
    expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(7);
    expect(progress.steps[0]).toMatchObject({ iterations: { total: 7, succeeded: 7, failed: 0 } });
    expect(progress.steps[1]).toMatchObject({ id: 'create', iterations: { total: 7, succeeded: 7, failed: 0 } });
    await recordHistory(env, 'for-each-concurrency-3', `flow-test-${input.runId}`);
  });

  it('parallel with wait "first" takes the fastest branch and cancels the others', async () => {
    const cancelled: string[] = [];
    const { activities } = recordingActivities(async (call) => {
      if (call.action === 'slow_quote') {
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        cancelled.push('slow finished anyway');
      }
      return { supplier: call.action };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'quotes',
          kind: 'parallel',
          wait: 'first',
          branches: [
            { name: 'slow', steps: [echo('slow_quote')] },
            { name: 'fast', steps: [echo('fast_quote')] },
          ],
        },
      ],
    };
    const input = runInput(flow, {});
    let tookMs = 0;
    const { outcome, progress } = await worker.runUntil(async () => {
      const started = Date.now();
      const settled = await settle(await startRun(env, taskQueue, input));
      tookMs = Date.now() - started;
      return settled;
    });

    // the slow branch sleeps 5 s; the run must not wait for it
    expect(tookMs).toBeLessThan(4_000);
    expect(outcome.ok && outcome.result.output).toEqual({
      completed: ['fast'],
      outputs: { fast: { supplier: 'fast_quote' } },
    });
    const byId = Object.fromEntries(progress.steps.map((step) => [step.id, step.status]));
    expect(byId).toMatchObject({ quotes: 'succeeded', fast_quote: 'succeeded', slow_quote: 'cancelled' });
  });

  it('computes vars once, maps with an inline field mapping, and waits for all parallel branches', async () => {
    const { activities, calls } = recordingActivities((call) => ({ site: call.input.site, from: call.action }));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      vars: { site: '=$uppercase($trigger.body.plant)' },
      steps: [
        {
          id: 'toWorkOrder',
          kind: 'map',
          mapping: {
            rules: [
              {
                target: 'priority',
                source: 'priority',
                transforms: [{ kind: 'lookup', table: { High: 1, Low: 3 }, default: 2 }],
              },
              { target: 'site', expression: '$vars.site' },
              { target: 'title', source: 'text', required: true },
            ],
            targetSchema: {
              type: 'object',
              required: ['priority', 'title'],
              properties: { priority: { type: 'integer' } },
            },
          },
        },
        {
          id: 'notify',
          kind: 'parallel',
          wait: 'all',
          branches: [
            { name: 'planner', steps: [echo('mail_planner', { site: '=$vars.site' })] },
            { name: 'crew', steps: [echo('sms_crew', { site: '=$steps.toWorkOrder.output.site' })] },
          ],
        },
      ],
      output: { order: '=$steps.toWorkOrder.output', notified: '=$steps.notify.output.completed' },
    };
    const input = runInput(flow, { body: { plant: 'ham-01', priority: 'High', text: 'Replace seal' } });
    const { outcome } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(outcome.ok && outcome.result.output).toEqual({
      order: { priority: 1, site: 'HAM-01', title: 'Replace seal' },
      notified: expect.arrayContaining(['planner', 'crew']),
    });
    expect(calls.map((call) => call.input)).toEqual([{ site: 'HAM-01' }, { site: 'HAM-01' }]);
  });

  it('fails a map step with every field error of its mapping', async () => {
    const { activities } = recordingActivities(() => ({}));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'toWorkOrder',
          kind: 'map',
          mapping: {
            rules: [
              { target: 'priority', source: 'priority', transforms: [{ kind: 'lookup', table: { High: 1, Low: 3 } }] },
              { target: 'title', source: 'text', required: true },
            ],
          },
        },
      ],
    };
    const input = runInput(flow, { body: { priority: 'Whenever' } });
    const { progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(progress.steps[0]).toMatchObject({ status: 'failed', error: { code: 'mapping_failed' } });
    const errors = (progress.steps[0]?.error?.details as { errors: { path: string }[] }).errors;
    expect(errors.map((error) => error.path)).toEqual(['priority', 'title']);
  });

  it('onError continue gives the failed step a fallback output and the run goes on', async () => {
    const { activities, calls } = recordingActivities((call) => {
      if (call.action === 'lookup_asset') {
        throw ApplicationFailure.create({
          type: 'not_found',
          message: 'asset P-9 unknown',
          nonRetryable: true,
          details: [{ code: 'not_found', attempt: 1 }],
        });
      }
      return { used: call.input };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          ...echo('lookup_asset'),
          onError: { mode: 'continue', output: { site: 'UNKNOWN', reason: '=$steps.lookup_asset.error.code' } },
        },
        echo('create_order', { site: '=$steps.lookup_asset.output.site', why: '=$steps.lookup_asset.output.reason' }),
      ],
    };
    const input = runInput(flow, {});
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));

    expect(outcome.ok).toBe(true);
    expect(calls[1]?.input).toEqual({ site: 'UNKNOWN', why: 'not_found' });
    expect(progress.steps[0]).toMatchObject({ status: 'failed', handled: true, error: { code: 'not_found' } });
    expect(progress.steps[1]?.status).toBe('succeeded');
    await recordHistory(env, 'on-error-continue', `flow-test-${input.runId}`);
  });

  it('onError handler runs its block with the error, and a fail step stops the run with a named error', async () => {
    const { activities, calls } = recordingActivities((call) => {
      if (call.action === 'reserve_parts') {
        throw ApplicationFailure.create({
          type: 'out_of_stock',
          message: 'bearing 6204 out of stock',
          nonRetryable: true,
          details: [{ code: 'out_of_stock', attempt: 1 }],
        });
      }
      return {};
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          ...echo('reserve_parts'),
          onError: {
            mode: 'handler',
            steps: [echo('notify_planner', { problem: '=$steps.reserve_parts.error.message' })],
          },
        },
        { id: 'stop', kind: 'fail', error: 'parts_missing', message: "='Job ' & $trigger.job & ' waits for parts'" },
        echo('never_runs'),
      ],
    };
    const input = runInput(flow, { job: 'MJ-7' });
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));

    expect(outcome.ok).toBe(false);
    expect(String((outcome as { error: { cause?: Error } }).error.cause?.message)).toBe(
      'step "stop" failed: Job MJ-7 waits for parts',
    );
    expect(calls.map((call) => [call.action, call.input])).toEqual([
      ['reserve_parts', {}],
      ['notify_planner', { problem: 'bearing 6204 out of stock' }],
    ]);
    expect(progress.error).toMatchObject({ code: 'parts_missing', stepId: 'stop' });
    const byId = Object.fromEntries(progress.steps.map((step) => [step.id, step.status]));
    expect(byId).toEqual({
      reserve_parts: 'failed',
      notify_planner: 'succeeded',
      stop: 'failed',
      never_runs: 'skipped',
    });
    await recordHistory(env, 'on-error-handler-then-fail-step', `flow-test-${input.runId}`);
  });

  it('retries a non-action step with its own retry policy', async () => {
    const { activities } = recordingActivities((call, attempt) => {
      if (attempt < 2)
        throw ApplicationFailure.create({
          type: 'busy',
          message: 'busy',
          nonRetryable: true,
          details: [{ code: 'busy', attempt }],
        });
      return { ok: call.action };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'block',
          kind: 'if',
          condition: 'true',
          retry: { maxAttempts: 3, initialIntervalMs: 50, backoffCoefficient: 1, maxIntervalMs: 50 },
          then: [{ ...echo('flaky'), retry: { maxAttempts: 1 } }],
        },
      ],
    };
    const input = runInput(flow, {});
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(outcome.ok).toBe(true);
    expect(progress.steps[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('fails a step whose expression runs away, without stalling the worker', async () => {
    const { activities, calls } = recordingActivities(() => ({ ok: true }));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'recurse',
          kind: 'map',
          rules: [{ target: 'x', from: '=($f := function($n) { $f($n + 1) }; $f(0))' }],
          onError: 'continue',
        },
        {
          id: 'huge',
          kind: 'map',
          rules: [
            {
              target: 'x',
              from: "=$join([1..100000].('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'))",
            },
          ],
          onError: 'continue',
        },
        echo('after'),
      ],
    };
    const input = runInput(flow, {});
    const started = Date.now();
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(outcome.ok).toBe(true);
    expect(progress.steps[0]?.error).toMatchObject({
      code: 'expression_limit_exceeded',
      message: expect.stringMatching(/recursion|steps/),
    });
    expect(progress.steps[1]?.error).toMatchObject({
      code: 'expression_limit_exceeded',
      message: expect.stringMatching(/characters|steps|items/),
    });
    expect(calls.map((call) => call.action)).toEqual(['after']);
  });
});
