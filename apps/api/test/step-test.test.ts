import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAction, defineConnector, NonRetryableError, secret } from '@tributary/connector-sdk';
import { z } from 'zod';
import { probeStep, startRunHarness, uniqueLabel, type RunHarness } from './run-harness';
import { startApi, uniqueSlug } from './running-api';

/** A connector that shows what a careless one might: its credential echoed in output and errors. */
const vaultAuth = z.object({ token: secret(z.string().min(8)) });
const vaultConnector = defineConnector({
  name: 'vault',
  version: '1.0.0',
  displayName: 'Vault',
  auth: vaultAuth,
  actions: {
    whoami: defineAction({
      name: 'whoami',
      displayName: 'Who am I',
      auth: vaultAuth,
      input: z.object({ fail: z.boolean().default(false) }),
      output: z.object({ headers: z.record(z.string(), z.string()), user: z.string() }),
      async run(ctx, input) {
        if (input.fail) throw new NonRetryableError(`token ${ctx.auth.token} was refused`, { code: 'vault_refused' });
        return { headers: { authorization: `Bearer ${ctx.auth.token}` }, user: 'svc-reader' };
      },
    }),
  },
});

const VAULT_TOKEN = `vault-${randomBytes(12).toString('hex')}`;
let harness: RunHarness;
let vaultConnection: string;
beforeAll(async () => {
  harness = await startRunHarness({}, { connectors: [vaultConnector] });
  vaultConnection = uniqueSlug('vault');
  const created = await harness.api.request('POST', '/v1/connections', {
    name: vaultConnection,
    connector: 'vault',
    secrets: { token: VAULT_TOKEN },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
});
afterAll(async () => {
  // closing the API runs its secret-leak guard over every answer it gave
  await harness?.close();
});

function webhookFlow(path: string, steps: object[], extra: object = {}) {
  return { schemaVersion: 1, trigger: { kind: 'webhook', path }, steps, ...extra };
}

/** Creates a flow with this draft and never publishes it. */
async function draftFlow(steps: object[], extra: object = {}): Promise<{ id: string; slug: string }> {
  const slug = uniqueSlug('steptest');
  const created = await harness.api.request('POST', '/v1/flows', {
    slug,
    name: slug,
    definition: webhookFlow(slug, steps, extra),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id, slug };
}

function testStep(slug: string, stepId: string, body?: object, headers: Record<string, string> = {}) {
  return harness.api.request('POST', `/v1/flows/${slug}/steps/${stepId}/test`, body, headers);
}

describe('POST /v1/flows/:idOrSlug/steps/:stepId/test — action steps', () => {
  it('calls the connector once and answers with the resolved input and the output', async () => {
    const label = uniqueLabel('action');
    const flow = await draftFlow([probeStep('record', label, { part: '=$trigger.body.part' })]);

    const tested = await testStep(flow.slug, 'record', { scope: { trigger: { body: { part: 'P-100' } } } });
    expect(tested.status, JSON.stringify(tested.body)).toBe(200);
    expect(tested.body).toEqual({
      object: 'step_test',
      stepId: 'record',
      kind: 'action',
      status: 'succeeded',
      input: { label, data: { part: 'P-100' } },
      output: { label, data: { part: 'P-100' }, call: 1 },
      durationMs: expect.any(Number),
      attempts: 1,
    });
    expect(harness.worker.probe.calls(label)).toBe(1);
    // no run is recorded for a step test
    expect((await harness.api.request('GET', `/v1/runs?flow=${flow.slug}`)).body.data).toEqual([]);
  });

  it('evaluates the edited input against the given trigger, earlier outputs and vars', async () => {
    const label = uniqueLabel('scope');
    const flow = await draftFlow([probeStep('fetch', uniqueLabel('fetch')), probeStep('record', 'unused')], {
      vars: { site: '=$trigger.body.site' },
    });
    const input = {
      label,
      data: {
        order: '=$steps.fetch.output.data.order',
        site: '=$vars.site',
        flow: '=$run.flow',
        version: '=$run.version',
        literal: '==not an expression',
      },
    };

    const withVars = await testStep(flow.slug, 'record', {
      input,
      scope: { trigger: { body: {} }, steps: { fetch: { output: { data: { order: 'SO-7' } } } }, vars: { site: 'S1' } },
    });
    expect(withVars.status, JSON.stringify(withVars.body)).toBe(200);
    const expected = { order: 'SO-7', site: 'S1', flow: flow.slug, version: null, literal: '=not an expression' };
    expect(withVars.body).toMatchObject({ status: 'succeeded', input: { label, data: expected } });
    expect(withVars.body.output).toMatchObject({ label, data: expected });

    // without `vars`, the definition's vars are evaluated against the scope, as a run does
    const fromDefinition = await testStep(flow.slug, 'record', {
      input,
      scope: { trigger: { body: { site: 'S2' } }, steps: { fetch: { output: { data: { order: 'SO-8' } } } } },
    });
    expect(fromDefinition.body.input.data).toMatchObject({ order: 'SO-8', site: 'S2' });
    expect(harness.worker.probe.calls(label)).toBe(2);
  });

  it('answers a failing action as a failed test with the connector error, calling it only once', async () => {
    const label = uniqueLabel('broken');
    harness.worker.probe.breakLabel(label);
    const step = { ...probeStep('record', label), retry: { maxAttempts: 5 } };
    const flow = await draftFlow([step]);

    const tested = await testStep(flow.slug, 'record');
    expect(tested.status, JSON.stringify(tested.body)).toBe(200);
    expect(tested.body).toMatchObject({
      status: 'failed',
      input: { label },
      error: { code: 'probe_broken', message: `${label} is broken` },
      attempts: 1,
    });
    expect(tested.body.output).toBeUndefined();
    expect(harness.worker.probe.calls(label)).toBe(1);
  });

  it('answers a bad expression as a failed test naming the field, without calling the connector', async () => {
    const label = uniqueLabel('badexpr');
    const flow = await draftFlow([probeStep('record', label)]);

    const tested = await testStep(flow.slug, 'record', { input: { label, data: { when: '=$trigger.(' } } });
    expect(tested.status, JSON.stringify(tested.body)).toBe(200);
    expect(tested.body).toMatchObject({
      status: 'failed',
      error: {
        code: 'expression_syntax',
        message: expect.stringContaining('input.data.when'),
        details: { path: 'input.data.when', expression: '$trigger.(' },
      },
      attempts: 0,
    });
    expect(tested.body.input).toBeUndefined();
    expect(harness.worker.probe.calls(label)).toBe(0);
  });

  it('tests a step nested in a forEach body with the $item given', async () => {
    const label = uniqueLabel('nested');
    const flow = await draftFlow([
      { id: 'each', kind: 'forEach', items: '=$trigger.body.lines', steps: [probeStep('line', label, '=$item.sku')] },
    ]);
    const tested = await testStep(flow.slug, 'line', { scope: { item: { sku: 'SKU-1' }, index: 0 } });
    expect(tested.body).toMatchObject({ status: 'succeeded', output: { label, data: 'SKU-1' } });
  });

  it("runs the step of a given (unsaved) definition instead of the saved draft's", async () => {
    const saved = uniqueLabel('saved');
    const unsaved = uniqueLabel('unsaved');
    const flow = await draftFlow([probeStep('record', saved)]);
    const tested = await testStep(flow.slug, 'record', {
      definition: webhookFlow(flow.slug, [probeStep('record', unsaved, 'from the editor')]),
    });
    expect(tested.body).toMatchObject({ status: 'succeeded', output: { label: unsaved, data: 'from the editor' } });
    expect(harness.worker.probe.calls(saved)).toBe(0);
  });

  it('acts once for a retried request with the same Idempotency-Key', async () => {
    const label = uniqueLabel('idem');
    const flow = await draftFlow([probeStep('record', label)]);
    const headers = { 'Idempotency-Key': uniqueLabel('key') };
    const first = await testStep(flow.slug, 'record', {}, headers);
    const again = await testStep(flow.slug, 'record', {}, headers);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(harness.worker.probe.calls(label)).toBe(1);
  });

  it("resolves the step's connection in the worker and never answers with its secret", async () => {
    const flow = await draftFlow([
      { id: 'whoami', kind: 'action', connector: 'vault', action: 'whoami', connection: vaultConnection },
    ]);

    const tested = await testStep(flow.slug, 'whoami', { input: { fail: false, apiToken: 'typed-by-the-analyst' } });
    expect(tested.status, JSON.stringify(tested.body)).toBe(200);
    expect(tested.body).toMatchObject({
      status: 'succeeded',
      input: { fail: false, apiToken: '[redacted]' },
      output: { headers: { authorization: '[redacted]' }, user: 'svc-reader' },
    });

    const refused = await testStep(flow.slug, 'whoami', { input: { fail: true } });
    expect(refused.body).toMatchObject({ status: 'failed', error: { code: 'vault_refused' } });
    expect(refused.body.error.message).toContain('was refused');
    for (const answer of [tested, refused]) expect(JSON.stringify(answer.body)).not.toContain(VAULT_TOKEN);

    // the step test is audited: an action acted on a real system with an unpublished definition
    const audit = await harness.api.request('GET', `/v1/audit-events?action=flow.step_tested&targetId=${flow.id}`);
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    expect(audit.body.data[0]).toMatchObject({
      action: 'flow.step_tested',
      data: { stepId: 'whoami', connector: 'vault', connection: vaultConnection, definition: 'draft' },
    });
  });
});

describe('POST /v1/flows/:idOrSlug/steps/:stepId/test — map steps', () => {
  it('maps inline rules against the given scope', async () => {
    const flow = await draftFlow([
      probeStep('lines', uniqueLabel('lines')),
      {
        id: 'shape',
        kind: 'map',
        rules: [
          { target: 'order.id', from: '=$trigger.body.id' },
          { target: 'order.total', from: '=$sum($steps.lines.output.amount)' },
        ],
      },
    ]);
    const tested = await testStep(flow.slug, 'shape', {
      scope: { trigger: { body: { id: 'SO-1' } }, steps: { lines: { output: [{ amount: 2 }, { amount: 3 }] } } },
    });
    expect(tested.status, JSON.stringify(tested.body)).toBe(200);
    expect(tested.body).toMatchObject({
      kind: 'map',
      status: 'succeeded',
      output: { order: { id: 'SO-1', total: 5 } },
      attempts: 1,
    });
    expect(tested.body.input).toBeUndefined();
  });

  it("shows a field mapping's source record, and every field error when it cannot map", async () => {
    const flow = await draftFlow([
      {
        id: 'asset',
        kind: 'map',
        source: '=$trigger.body.asset',
        mapping: {
          rules: [
            { target: 'tag', source: 'assetTag', required: true },
            { target: 'site', value: 'S1' },
          ],
        },
      },
    ]);
    const mapped = await testStep(flow.slug, 'asset', { scope: { trigger: { body: { asset: { assetTag: 'P-7' } } } } });
    expect(mapped.body).toMatchObject({
      status: 'succeeded',
      input: { assetTag: 'P-7' },
      output: { tag: 'P-7', site: 'S1' },
    });

    const unmapped = await testStep(flow.slug, 'asset', { scope: { trigger: { body: { asset: {} } } } });
    expect(unmapped.body).toMatchObject({
      status: 'failed',
      input: {},
      error: { code: 'mapping_failed', details: { errors: [expect.objectContaining({ path: 'tag' })] } },
    });
  });
});

describe('POST /v1/flows/:idOrSlug/steps/:stepId/test — refusals', () => {
  let flow: { id: string; slug: string };
  beforeAll(async () => {
    flow = await draftFlow([
      probeStep('record', uniqueLabel('refusals')),
      { id: 'pause', kind: 'wait', duration: '1s' },
      { id: 'shape', kind: 'map', rules: [{ target: 'a', from: 1 }] },
    ]);
  });

  it('answers 422 step_not_testable naming the kind of a step that is not an action or map', async () => {
    const tested = await testStep(flow.slug, 'pause');
    expect(tested.status).toBe(422);
    expect(tested.body).toMatchObject({ code: 'step_not_testable', stepId: 'pause', kind: 'wait' });
    expect(tested.body.detail).toContain('wait');
  });

  it('answers 404 for an unknown step or flow', async () => {
    const noStep = await testStep(flow.slug, 'nope');
    expect(noStep.status).toBe(404);
    expect(noStep.body).toMatchObject({ code: 'resource_not_found', resource: 'step' });
    expect((await testStep(uniqueSlug('missing'), 'record')).status).toBe(404);
  });

  it('answers 400 for an invalid body, with paths and JSON pointers', async () => {
    const unknownField = await testStep(flow.slug, 'record', { inputs: {} });
    expect(unknownField.status).toBe(400);

    const badScope = await testStep(flow.slug, 'record', { scope: { steps: { fetch: { outptu: 1 } } } });
    expect(badScope.status).toBe(400);
    expect(badScope.body.errors[0].pointer).toBe('/scope/steps/fetch');

    const badDefinition = await testStep(flow.slug, 'record', {
      definition: webhookFlow(flow.slug, [{ id: 'record', kind: 'action', action: 'record' }]),
    });
    expect(badDefinition.status).toBe(400);
    expect(badDefinition.body.errors).toContainEqual(
      expect.objectContaining({ path: 'definition.steps[0].connector', pointer: '/definition/steps/0/connector' }),
    );

    const inputForMap = await testStep(flow.slug, 'shape', { input: { a: 1 } });
    expect(inputForMap.status).toBe(400);
    expect(inputForMap.body.errors[0]).toMatchObject({ path: 'input', pointer: '/input' });
  });

  it('needs a key with runs:write', async () => {
    const reader = await harness.api.request('POST', '/v1/api-keys', {
      name: uniqueSlug('reader'),
      scopes: ['flows:read', 'runs:read'],
    });
    const forbidden = await harness.api.request(
      'POST',
      `/v1/flows/${flow.slug}/steps/record/test`,
      {},
      {},
      {
        apiKey: reader.body.key,
      },
    );
    expect(forbidden.status).toBe(403);
  });
});

describe('POST /v1/flows/:idOrSlug/steps/:stepId/test without a worker', () => {
  it('answers 504 once the timeout passes', async () => {
    const api = await startApi({ TEMPORAL_TASK_QUEUE: uniqueSlug('nobody-polls'), STEP_TEST_TIMEOUT_MS: '3000' });
    try {
      const slug = uniqueSlug('noworker');
      const created = await api.request('POST', '/v1/flows', {
        slug,
        name: slug,
        definition: webhookFlow(slug, [probeStep('record', uniqueLabel('noworker'))]),
      });
      expect(created.status).toBe(201);
      const tested = await api.request('POST', `/v1/flows/${slug}/steps/record/test`);
      expect(tested.status).toBe(504);
      expect(tested.body).toMatchObject({ code: 'step_test_timeout', timeoutMs: 3000 });
    } finally {
      await api.close();
    }
  });
});
