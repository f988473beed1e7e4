import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRunStatus, probeStep, startRunHarness, stepOf, uniqueLabel, type RunHarness } from './run-harness';
import { uniqueSlug } from './running-api';

let harness: RunHarness;
let readOnlyKey: string;
beforeAll(async () => {
  harness = await startRunHarness();
  readOnlyKey = (
    await harness.api.request('POST', '/v1/api-keys', {
      name: uniqueSlug('reader'),
      scopes: ['flows:read', 'runs:read'],
    })
  ).body.key;
});
afterAll(async () => {
  await harness?.close();
});

function webhookFlow(path: string, steps: object[]) {
  return { schemaVersion: 1, trigger: { kind: 'webhook', path }, steps };
}

/** Creates a flow with this draft and never publishes it. */
async function draftFlow(steps: object[]): Promise<{ id: string; slug: string }> {
  const slug = uniqueSlug('draft');
  const created = await harness.api.request('POST', '/v1/flows', {
    slug,
    name: slug,
    definition: webhookFlow(slug, steps),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id, slug };
}

async function testRun(slug: string, body?: object, headers: Record<string, string> = {}) {
  return harness.api.request('POST', `/v1/flows/${slug}/test-runs`, body, headers);
}

/** A webhook run's `$trigger`, as the hooks endpoint builds it. */
function webhookPayload(body: unknown) {
  return { body, query: {}, headers: { 'content-type': 'application/json' } };
}

describe('POST /v1/flows/:idOrSlug/test-runs', () => {
  it("runs a never-published flow's saved draft on Temporal, with the payload as $trigger and no version", async () => {
    const label = uniqueLabel('draft');
    const flow = await draftFlow([probeStep('record', label, '=$trigger.body.part')]);

    const started = await testRun(flow.slug, { payload: webhookPayload({ part: 'P-100' }) });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.headers.get('location')).toBe(`/v1/runs/${started.body.id}`);
    expect(started.body).toMatchObject({
      object: 'run',
      trigger: 'test',
      flow: { id: flow.id, slug: flow.slug, version: null },
      businessKey: null,
      warnings: [],
    });

    const run = await harness.waitForRun(started.body.id);
    expectRunStatus(run, 'completed');
    expect(run.flow.version).toBeNull();
    expect(stepOf(run, 'record').output).toMatchObject({ label, data: 'P-100', call: 1 });
    expect(harness.worker.probe.calls(label)).toBe(1);

    // listed among the test runs of the flow, never among a version's runs
    const tests = await harness.api.request('GET', `/v1/runs?flow=${flow.slug}&trigger=test`);
    expect(tests.status).toBe(200);
    expect(tests.body.data).toEqual([
      expect.objectContaining({ id: run.id, trigger: 'test', flow: { id: flow.id, slug: flow.slug, version: null } }),
    ]);
    expect((await harness.api.request('GET', `/v1/runs?flow=${flow.slug}&version=1`)).body.data).toEqual([]);
    // still unpublished, and a test run is not the flow's last run
    expect((await harness.api.request('GET', `/v1/flows/${flow.slug}`)).body).toMatchObject({
      publishedVersion: null,
      lastRun: null,
    });
  });

  it('runs a definition given in the body instead of the draft, and leaves the draft as it was', async () => {
    const savedLabel = uniqueLabel('saved');
    const unsavedLabel = uniqueLabel('unsaved');
    const flow = await draftFlow([probeStep('record', savedLabel)]);
    const definition = webhookFlow(flow.slug, [probeStep('record', unsavedLabel, '=$trigger')]);

    const started = await testRun(flow.slug, { definition, payload: { anything: ['at', 1] } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const run = await harness.waitForRun(started.body.id);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'record').output).toMatchObject({ label: unsavedLabel, data: { anything: ['at', 1] } });
    expect(harness.worker.probe.calls(savedLabel)).toBe(0);
    const stored = (await harness.api.request('GET', `/v1/flows/${flow.slug}`)).body.definition;
    expect(stored.steps[0].input.label).toBe(savedLabel);
  });

  it('validates a given definition like a PUT of the flow: 400 with paths and JSON pointers, nothing started', async () => {
    const label = uniqueLabel('never');
    const flow = await draftFlow([probeStep('record', label)]);
    const refused = await testRun(flow.slug, {
      definition: { schemaVersion: 1, trigger: { kind: 'webhook', path: 'Bad Path' }, steps: [{ id: 'x' }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('invalid_flow_definition');
    const pointers = refused.body.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toContain('/definition/trigger/path');
    expect(pointers.some((pointer: string) => pointer.startsWith('/definition/steps/0'))).toBe(true);

    const unknownField = await testRun(flow.slug, { payload: {}, version: 1 });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body.errors)).toContain('version');
    expect((await harness.api.request('GET', `/v1/runs?flow=${flow.slug}`)).body.data).toEqual([]);
    expect(harness.worker.probe.calls(label)).toBe(0);
  });

  it('runs without a body, warns about connections that do not exist, and their step fails at run time', async () => {
    const connection = uniqueSlug('missing-conn');
    const flow = await draftFlow([{ ...probeStep('call', uniqueLabel('unreachable')), connection }]);
    const started = await testRun(flow.slug);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body.warnings).toEqual([
      expect.objectContaining({ code: 'connection_not_found', connection, pointer: '/definition/steps/0/connection' }),
    ]);
    const run = await harness.waitForRun(started.body.id);
    expectRunStatus(run, 'failed');
    expect(stepOf(run, 'call')).toMatchObject({ status: 'failed', error: { code: 'connection_not_found' } });
  });

  it('can be followed, cancelled and streamed like any run', async () => {
    const flow = await draftFlow([{ id: 'hold', kind: 'waitForEvent', event: 'release' }]);
    const started = await testRun(flow.slug);
    expect(started.status).toBe(201);
    const runId = started.body.id;
    await harness.waitForRun(runId, (run) => stepOf(run, 'hold').status === 'waiting');

    const cancelled = await harness.api.request('POST', `/v1/runs/${runId}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(202);
    const run = await harness.waitForRun(runId);
    expectRunStatus(run, 'cancelled');

    const stream = await fetch(`${harness.api.baseUrl}/v1/runs/${runId}/events`, {
      headers: { authorization: `Bearer ${harness.api.adminKey}` },
    });
    expect(stream.status).toBe(200);
    const text = await stream.text();
    expect(text).toContain('event: finished');
    expect(text).toContain('"status":"cancelled"');
  });

  it("is not the flow's lastRun: that is the newest run of a published version", async () => {
    const label = uniqueLabel('published');
    const path = uniqueSlug('last-run');
    const flow = await harness.publish(webhookFlow(path, [probeStep('record', label)]));
    const accepted = await harness.hook(path, { part: 'P-1' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const real = await harness.waitForRun(accepted.body.id);
    expectRunStatus(real, 'completed');

    const test = await testRun(flow.slug, { payload: webhookPayload({ part: 'P-2' }) });
    await harness.waitForRun(test.body.id);

    const single = (await harness.api.request('GET', `/v1/flows/${flow.slug}`)).body;
    expect(single.lastRun).toEqual({
      id: real.id,
      status: 'completed',
      startedAt: expect.any(String),
      closedAt: expect.any(String),
    });
    const listed = (await harness.api.request('GET', `/v1/flows?search=${flow.slug}`)).body.data;
    expect(listed).toEqual([expect.objectContaining({ slug: flow.slug, lastRun: single.lastRun })]);
  });

  it('ignores the business key: every test run is a new run', async () => {
    const slug = uniqueSlug('keyed');
    const definition = {
      schemaVersion: 1,
      trigger: {
        kind: 'webhook',
        path: slug,
        businessKey: { expression: '$trigger.body.order', onDuplicate: 'reject' },
      },
      steps: [probeStep('record', uniqueLabel('keyed'))],
    };
    const created = await harness.api.request('POST', '/v1/flows', { slug, name: slug, definition });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const first = await testRun(slug, { payload: webhookPayload({ order: 'O-1' }) });
    const second = await testRun(slug, { payload: webhookPayload({ order: 'O-1' }) });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.businessKey).toBeNull();
  });

  it('honours Idempotency-Key, answers 404 for an unknown flow and 403 without runs:write', async () => {
    const flow = await draftFlow([probeStep('record', uniqueLabel('once'))]);
    const headers = { 'idempotency-key': uniqueSlug('test-run') };
    const first = await testRun(flow.slug, {}, headers);
    const again = await testRun(flow.slug, {}, headers);
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    expect((await testRun('no-such-flow')).status).toBe(404);
    const forbidden = await harness.api.request(
      'POST',
      `/v1/flows/${flow.slug}/test-runs`,
      {},
      {},
      {
        apiKey: readOnlyKey,
      },
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.requiredScope).toBe('runs:write');
  });
});

describe('re-running and restarting a draft test run', () => {
  it('runs the definition the test ran, even after the draft changed, as a test run again', async () => {
    const ranLabel = uniqueLabel('ran');
    const laterLabel = uniqueLabel('later');
    const flow = await draftFlow([probeStep('first', ranLabel, '=$trigger.body'), probeStep('second', ranLabel)]);
    const started = await testRun(flow.slug, { payload: webhookPayload('B-1') });
    const source = await harness.waitForRun(started.body.id);
    expectRunStatus(source, 'completed');
    const edited = await harness.api.request('PUT', `/v1/flows/${flow.slug}`, {
      name: flow.slug,
      definition: webhookFlow(flow.slug, [probeStep('first', laterLabel), probeStep('second', laterLabel)]),
    });
    expect(edited.status).toBe(200);

    const rerun = await harness.api.request('POST', `/v1/runs/${source.id}/rerun`, {});
    expect(rerun.status, JSON.stringify(rerun.body)).toBe(201);
    expect(rerun.body).toMatchObject({ trigger: 'test', flow: { version: null }, rerunOf: source.id });
    const rerunDone = await harness.waitForRun(rerun.body.id);
    expectRunStatus(rerunDone, 'completed');
    expect(stepOf(rerunDone, 'first').output).toMatchObject({ label: ranLabel, data: 'B-1' });

    const restart = await harness.api.request('POST', `/v1/runs/${source.id}/restart`, { fromStepId: 'second' });
    expect(restart.status, JSON.stringify(restart.body)).toBe(201);
    expect(restart.body).toMatchObject({
      trigger: 'test',
      flow: { version: null },
      restartedFrom: { runId: source.id, stepId: 'second' },
    });
    const restarted = await harness.waitForRun(restart.body.id);
    expectRunStatus(restarted, 'completed');
    expect(stepOf(restarted, 'first').reused).toBe(true);
    expect(stepOf(restarted, 'second').output).toMatchObject({ label: ranLabel });
    // first: source + rerun; second: source + rerun + restart
    expect(harness.worker.probe.calls(ranLabel)).toBe(5);
    expect(harness.worker.probe.calls(laterLabel)).toBe(0);
  });

  it('refuses "latest" with 409 while the flow has no published version, and runs it once one exists', async () => {
    const flow = await draftFlow([probeStep('record', uniqueLabel('latest'))]);
    const started = await testRun(flow.slug);
    const source = await harness.waitForRun(started.body.id);

    const refused = await harness.api.request('POST', `/v1/runs/${source.id}/rerun`, { version: 'latest' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('flow_not_published');

    expect((await harness.api.request('POST', `/v1/flows/${flow.slug}/publish`)).status).toBe(201);
    const latest = await harness.api.request('POST', `/v1/runs/${source.id}/rerun`, { version: 'latest' });
    expect(latest.status, JSON.stringify(latest.body)).toBe(201);
    expect(latest.body.flow.version).toBe(1);
    expectRunStatus(await harness.waitForRun(latest.body.id), 'completed');
  });
});
