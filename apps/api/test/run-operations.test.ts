import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRunStatus, probeStep, startRunHarness, stepOf, uniqueLabel, type RunHarness } from './run-harness';
import { uniqueSlug } from './running-api';

let harness: RunHarness;
beforeAll(async () => {
  harness = await startRunHarness();
});
afterAll(async () => {
  await harness?.close();
});

function webhookFlow(path: string, steps: object[], extra: object = {}) {
  return { schemaVersion: 1, trigger: { kind: 'webhook', path }, steps, ...extra };
}

async function startRun(steps: object[], body: unknown = {}) {
  const path = uniqueSlug('ops');
  const flow = await harness.publish(webhookFlow(path, steps));
  const accepted = await harness.hook(path, body);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  return { flow, path, runId: accepted.body.id as string };
}

describe('approvals through the API', () => {
  it('resumes the waiting approval with the decision and refuses a second one with 409', async () => {
    const label = uniqueLabel('after-approval');
    const { runId } = await startRun([
      { id: 'approve', kind: 'waitForEvent', event: 'approval', approval: { prompt: 'Release job?' } },
      probeStep('record', label, '=$steps.approve.output'),
      { id: 'hold', kind: 'waitForEvent', event: 'release' },
    ]);
    const waiting = await harness.waitForRun(runId, (run) => stepOf(run, 'approve').status === 'waiting');
    expect(stepOf(waiting, 'approve')).toMatchObject({ waitingFor: { approval: { prompt: 'Release job?' } } });

    const decided = await harness.api.request('POST', `/v1/runs/${runId}/approvals`, {
      decision: 'approve',
      comment: 'looks right',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({
      stepId: 'approve',
      decision: 'approved',
      actor: 'api',
      comment: 'looks right',
    });

    await harness.waitForRun(runId, (run) => stepOf(run, 'hold').status === 'waiting');
    const again = await harness.api.request('POST', `/v1/runs/${runId}/approvals`, { decision: 'reject' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('approval_not_waiting');

    const released = await harness.api.request('POST', `/v1/runs/${runId}/events`, { event: 'release' });
    expect(released.body).toEqual({ stepId: 'hold' });
    const run = await harness.waitForRun(runId);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'record').output.data).toMatchObject({ decision: 'approved', comment: 'looks right' });
    expect(harness.worker.probe.calls(label)).toBe(1);
  });
});

describe('events through the API', () => {
  it('resumes a waitForEvent only with the matching correlation key', async () => {
    const { runId } = await startRun(
      [
        {
          id: 'inspection',
          kind: 'waitForEvent',
          event: 'quality.inspection.passed',
          correlationKey: '=$trigger.body.jobNumber',
        },
      ],
      { jobNumber: 'J-77' },
    );
    await harness.waitForRun(runId, (run) => stepOf(run, 'inspection').status === 'waiting');

    const other = await harness.api.request('POST', `/v1/runs/${runId}/events`, {
      event: 'quality.inspection.passed',
      correlationKey: 'J-78',
      payload: { inspector: 'wrong job' },
    });
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ stepId: null });

    const matching = await harness.api.request('POST', `/v1/runs/${runId}/events`, {
      event: 'quality.inspection.passed',
      correlationKey: 'J-77',
      payload: { inspector: 'Ada' },
    });
    expect(matching.body).toEqual({ stepId: 'inspection' });
    const run = await harness.waitForRun(runId);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'inspection').output).toMatchObject({ payload: { inspector: 'Ada' } });
  });

  it('answers 400 for an event without a name and 404 for an unknown run', async () => {
    expect((await harness.api.request('POST', '/v1/runs/run_nope/events', { event: 'x' })).status).toBe(404);
    const invalid = await harness.api.request('POST', '/v1/runs/run_nope/events', { payload: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0].path).toBe('event');
  });
});

describe('cancelling a run', () => {
  it('cancels a waiting run, which then reports cancelled; a second cancel is refused', async () => {
    const { runId } = await startRun([{ id: 'forever', kind: 'waitForEvent', event: 'never' }]);
    await harness.waitForRun(runId, (run) => stepOf(run, 'forever').status === 'waiting');
    const cancelled = await harness.api.request('POST', `/v1/runs/${runId}/cancel`);
    expect(cancelled.status).toBe(202);
    expect(cancelled.body).toMatchObject({ id: runId, cancelRequested: true });
    const run = await harness.waitForRun(runId);
    expectRunStatus(run, 'cancelled');
    expect((await harness.api.request('POST', `/v1/runs/${runId}/cancel`)).status).toBe(409);
  });
});

describe('restarting a failed run', () => {
  it('restarts from the failed step on the original version, reusing what ran before it', async () => {
    const first = uniqueLabel('first');
    const flaky = uniqueLabel('flaky');
    harness.worker.probe.breakLabel(flaky);
    const { runId } = await startRun(
      [probeStep('fetch', first, '=$trigger.body'), probeStep('send', flaky, '=$steps.fetch.output.data')],
      { job: 'J-1' },
    );
    const failed = await harness.waitForRun(runId);
    expectRunStatus(failed, 'failed');
    expect(harness.worker.probe.calls(first)).toBe(1);

    harness.worker.probe.heal(flaky);
    const restarted = await harness.api.request('POST', `/v1/runs/${runId}/restart`);
    expect(restarted.status, JSON.stringify(restarted.body)).toBe(201);
    expect(restarted.body).toMatchObject({ restartedFrom: { runId, stepId: 'send' }, rerunOf: null });
    expect(restarted.body.id).not.toBe(runId);

    const run = await harness.waitForRun(restarted.body.id);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'fetch')).toMatchObject({ status: 'succeeded', reused: true });
    expect(stepOf(run, 'send').output).toMatchObject({ data: { job: 'J-1' } });
    expect(harness.worker.probe.calls(first)).toBe(1);
    expect(harness.worker.probe.calls(flaky)).toBe(2);
  });

  it('restarts on the latest published version when asked', async () => {
    const first = uniqueLabel('first');
    const broken = uniqueLabel('broken');
    const fixed = uniqueLabel('fixed');
    harness.worker.probe.breakLabel(broken);
    const { flow, path, runId } = await startRun([probeStep('fetch', first), probeStep('send', broken)]);
    expectRunStatus(await harness.waitForRun(runId), 'failed');

    const version = await harness.publishNext(
      flow.slug,
      webhookFlow(path, [probeStep('fetch', first), probeStep('send', fixed, '=$steps.fetch.output.call')]),
    );
    expect(version).toBe(2);
    const restarted = await harness.api.request('POST', `/v1/runs/${runId}/restart`, { version: 'latest' });
    expect(restarted.status, JSON.stringify(restarted.body)).toBe(201);
    expect(restarted.body.flow.version).toBe(2);

    const run = await harness.waitForRun(restarted.body.id);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'send').output).toMatchObject({ label: fixed, data: 1 });
    expect(harness.worker.probe.calls(first)).toBe(1);
    expect(harness.worker.probe.calls(fixed)).toBe(1);
  });

  it('refuses to restart from a step that is not a top-level step of the version', async () => {
    const broken = uniqueLabel('broken');
    harness.worker.probe.breakLabel(broken);
    const { runId } = await startRun([probeStep('only', broken)]);
    await harness.waitForRun(runId);
    const response = await harness.api.request('POST', `/v1/runs/${runId}/restart`, { fromStepId: 'nope' });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('restart_step_invalid');
  });
});

describe('re-running a run', () => {
  it('starts a new run with the same trigger payload from the beginning', async () => {
    const label = uniqueLabel('rerun');
    const { runId } = await startRun([probeStep('echo', label, '=$trigger.body')], { order: 'PO-9' });
    expectRunStatus(await harness.waitForRun(runId), 'completed');

    const rerun = await harness.api.request('POST', `/v1/runs/${runId}/rerun`, { version: 'original' });
    expect(rerun.status, JSON.stringify(rerun.body)).toBe(201);
    expect(rerun.body).toMatchObject({ rerunOf: runId, restartedFrom: null });
    const run = await harness.waitForRun(rerun.body.id);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'echo').output).toMatchObject({ data: { order: 'PO-9' }, call: 2 });
    expect(harness.worker.probe.calls(label)).toBe(2);

    const listed = await harness.api.request('GET', `/v1/runs/${rerun.body.id}`);
    expect(listed.body.rerunOf).toBe(runId);
  });
});

describe('bulk restart', () => {
  it('restarts every failed run of a flow, each from its failed step', async () => {
    const first = uniqueLabel('bulk-first');
    const broken = uniqueLabel('bulk-broken');
    harness.worker.probe.breakLabel(broken);
    const path = uniqueSlug('bulk');
    const flow = await harness.publish(webhookFlow(path, [probeStep('fetch', first), probeStep('send', broken)]));
    const runIds: string[] = [];
    for (let i = 0; i < 3; i += 1) runIds.push((await harness.hook(path, { n: i })).body.id);
    for (const runId of runIds) expectRunStatus(await harness.waitForRun(runId), 'failed');
    expect(harness.worker.probe.calls(first)).toBe(3);

    harness.worker.probe.heal(broken);
    const bulk = await harness.api.request('POST', '/v1/runs/bulk/restart', {
      filter: { flowId: flow.id, status: 'failed' },
      limit: 10,
    });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
    expect(bulk.body.data.map((result: { sourceRunId: string }) => result.sourceRunId).sort()).toEqual(
      [...runIds].sort(),
    );
    for (const result of bulk.body.data as { sourceRunId: string; newRunId?: string }[]) {
      expect(result.newRunId).toMatch(/^run_/);
      const run = await harness.waitForRun(result.newRunId!);
      expect(run).toMatchObject({ status: 'completed', restartedFrom: { runId: result.sourceRunId, stepId: 'send' } });
    }
    expect(harness.worker.probe.calls(first)).toBe(3);
    expect(harness.worker.probe.calls(broken)).toBe(6);
  });

  it('refuses a limit above 500', async () => {
    const response = await harness.api.request('POST', '/v1/runs/bulk/rerun', { filter: {}, limit: 501 });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('limit');
  });
});
