import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, uniqueSlug, webhookFlowDefinition, type RunningApi } from './running-api';

let api: RunningApi;
let readOnlyKey: string;
let noFlowsKey: string;
beforeAll(async () => {
  api = await startApi();
  readOnlyKey = (await api.request('POST', '/v1/api-keys', { name: uniqueSlug('reader'), scopes: ['flows:read'] })).body
    .key;
  noFlowsKey = (await api.request('POST', '/v1/api-keys', { name: uniqueSlug('runs'), scopes: ['runs:read'] })).body
    .key;
});
afterAll(async () => {
  await api?.close();
});

async function createFlow(slug: string, definition: unknown = webhookFlowDefinition(slug)): Promise<void> {
  const created = await api.request('POST', '/v1/flows', { slug, name: slug, definition });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}

async function saveDraft(slug: string, definition: unknown): Promise<void> {
  const updated = await api.request('PUT', `/v1/flows/${slug}`, { name: slug, definition });
  expect(updated.status, JSON.stringify(updated.body)).toBe(200);
}

async function publish(slug: string): Promise<number> {
  const published = await api.request('POST', `/v1/flows/${slug}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  return published.body.version;
}

function branchingDefinition(path: string) {
  return {
    schemaVersion: 1,
    trigger: { kind: 'webhook', path },
    steps: [
      {
        id: 'check',
        kind: 'if',
        condition: '=$trigger.body.urgent',
        then: [
          {
            id: 'notify',
            kind: 'action',
            connector: 'http',
            action: 'request',
            input: { url: 'http://127.0.0.1:9/a' },
          },
          {
            id: 'escalate',
            kind: 'action',
            connector: 'http',
            action: 'request',
            input: { url: 'http://127.0.0.1:9/e' },
          },
        ],
      },
      { id: 'store', kind: 'action', connector: 'http', action: 'request', input: { url: 'http://127.0.0.1:9/b' } },
    ],
  };
}

describe('POST /v1/flows/validate', () => {
  it('lists every problem with its path and pointer, the same ones publishing gives, and stores nothing', async () => {
    const definition = {
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: 'Bad Path' },
      steps: [
        { id: 'first', kind: 'teleport' },
        { id: 'second', kind: 'action', action: 'request', input: { 'a/b': '=$(' } },
      ],
    };
    const response = await api.request('POST', '/v1/flows/validate', { definition });
    expect(response.status).toBe(200);
    expect(response.body.valid).toBe(false);
    expect(response.body.warnings).toEqual([]);
    const pointers = response.body.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/definition/trigger/path', '/definition/steps/0/kind', '/definition/steps/1/connector']),
    );
    const connector = response.body.errors.find((error: { pointer: string }) => error.pointer.endsWith('connector'));
    expect(connector.path).toBe('definition.steps[1].connector');

    // the same problems a create answers with
    const create = await api.request('POST', '/v1/flows', { slug: uniqueSlug('never'), name: 'x', definition });
    expect(create.status).toBe(400);
    expect(create.body.errors).toEqual(response.body.errors);
  });

  it('accepts a valid definition and warns about connections that do not exist, at any depth', async () => {
    const existing = uniqueSlug('conn');
    const created = await api.request('POST', '/v1/connections', {
      name: existing,
      connector: 'http',
      config: {},
      secrets: { token: 'x' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const definition = branchingDefinition('validate-me');
    Object.assign(definition.trigger, { auth: { scheme: 'apiKey', connection: 'missing-hook-key' } });
    Object.assign(definition.steps[0]!.then![0]!, { connection: 'missing-nested' });
    Object.assign(definition.steps[1]!, { connection: existing });
    const response = await api.request('POST', '/v1/flows/validate', { definition });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ valid: true, errors: [] });
    expect(response.body.warnings).toEqual([
      {
        path: 'definition.trigger.auth.connection',
        pointer: '/definition/trigger/auth/connection',
        message: 'connection "missing-hook-key" does not exist',
        code: 'connection_not_found',
        connection: 'missing-hook-key',
      },
      expect.objectContaining({ pointer: '/definition/steps/0/then/0/connection', connection: 'missing-nested' }),
    ]);
  });

  it('answers 400 when the body has no definition, 401 without a key and 403 without flows:read', async () => {
    const missing = await api.request('POST', '/v1/flows/validate', { defintion: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['', 'definition']);
    const body = { definition: webhookFlowDefinition('x') };
    expect((await api.request('POST', '/v1/flows/validate', body, {}, { apiKey: null })).status).toBe(401);
    const forbidden = await api.request('POST', '/v1/flows/validate', body, {}, { apiKey: noFlowsKey });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.requiredScope).toBe('flows:read');
    expect((await api.request('POST', '/v1/flows/validate', body, {}, { apiKey: readOnlyKey })).status).toBe(200);
  });

  it("validates a flow's stored draft, and answers 404 for an unknown flow", async () => {
    const slug = uniqueSlug('draft-check');
    const definition = webhookFlowDefinition(slug);
    Object.assign(definition.steps[0]!, { connection: 'nowhere-to-be-found' });
    await createFlow(slug, definition);
    const response = await api.request('POST', `/v1/flows/${slug}/validate`, undefined, {}, { apiKey: readOnlyKey });
    expect(response.status).toBe(200);
    expect(response.body.valid).toBe(true);
    expect(response.body.warnings.map((warning: { pointer: string }) => warning.pointer)).toEqual([
      '/definition/steps/0/connection',
    ]);
    expect((await api.request('POST', '/v1/flows/no-such-flow/validate')).status).toBe(404);
  });
});

describe('GET /v1/flows/:idOrSlug/versions/:from/diff/:to', () => {
  it('gives an RFC 6902 patch and a summary that tracks steps by id at any depth', async () => {
    const slug = uniqueSlug('diff');
    await createFlow(slug, branchingDefinition(slug));
    await publish(slug);
    const next = branchingDefinition(`${slug}-v2`);
    // move "notify" from the then-branch to the top level, drop "store", add "audit"
    const notify = next.steps[0]!.then!.shift()!;
    next.steps = [
      next.steps[0]!,
      notify,
      { id: 'audit', kind: 'action', connector: 'http', action: 'request', input: { url: 'http://127.0.0.1:9/c' } },
    ] as typeof next.steps;
    await saveDraft(slug, next);
    await publish(slug);

    const diff = await api.request(
      'GET',
      `/v1/flows/${slug}/versions/1/diff/2`,
      undefined,
      {},
      { apiKey: readOnlyKey },
    );
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ object: 'flow_diff', from: 1, to: 2 });
    expect(diff.body.summary).toEqual({
      stepsAdded: ['audit'],
      stepsRemoved: ['store'],
      stepsChanged: ['notify'],
      triggerChanged: true,
    });
    expect(diff.body.patch).toContainEqual({ op: 'replace', path: '/trigger/path', value: `${slug}-v2` });

    // applying the patch to version 1 gives version 2
    const { applyPatch } = await import('fast-json-patch');
    const v1 = (await api.request('GET', `/v1/flows/${slug}/versions/1`)).body.definition;
    const v2 = (await api.request('GET', `/v1/flows/${slug}/versions/2`)).body.definition;
    expect(applyPatch(v1, diff.body.patch, false, false).newDocument).toEqual(v2);
  });

  it('compares a version with the draft, and reports nothing for equal definitions', async () => {
    const slug = uniqueSlug('diff-draft');
    await createFlow(slug);
    await publish(slug);
    const same = await api.request('GET', `/v1/flows/${slug}/versions/1/diff/draft`);
    expect(same.body).toMatchObject({
      from: 1,
      to: 'draft',
      patch: [],
      summary: { stepsAdded: [], stepsRemoved: [], stepsChanged: [], triggerChanged: false },
    });
    const edited = webhookFlowDefinition(slug);
    edited.steps[0]!.input.url = 'http://127.0.0.1:9/edited';
    await saveDraft(slug, edited);
    const changed = await api.request('GET', `/v1/flows/${slug}/versions/1/diff/draft`);
    expect(changed.body.summary.stepsChanged).toEqual(['createWorkOrder']);
    expect(changed.body.patch).toEqual([
      { op: 'replace', path: '/steps/0/input/url', value: 'http://127.0.0.1:9/edited' },
    ]);
  });

  it('answers 400 for a revision that is neither a number nor "draft", 404 for unknown ones, 401 and 403', async () => {
    const slug = uniqueSlug('diff-errors');
    await createFlow(slug);
    await publish(slug);
    const bad = await api.request('GET', `/v1/flows/${slug}/versions/latest/diff/draft`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      path: 'from',
      message: 'must be a version number (1, 2, …) or "draft"',
    });
    expect((await api.request('GET', `/v1/flows/${slug}/versions/1/diff/7`)).status).toBe(404);
    expect((await api.request('GET', '/v1/flows/no-such-flow/versions/1/diff/draft')).status).toBe(404);
    const path = `/v1/flows/${slug}/versions/1/diff/draft`;
    expect((await api.request('GET', path, undefined, {}, { apiKey: null })).status).toBe(401);
    expect((await api.request('GET', path, undefined, {}, { apiKey: noFlowsKey })).status).toBe(403);
  });
});

describe('POST /v1/flows/:idOrSlug/versions/:n/rollback', () => {
  it('publishes version n again as a new version, resets the draft, moves the webhook path back and audits it', async () => {
    const slug = uniqueSlug('rollback');
    await createFlow(slug, webhookFlowDefinition(`${slug}-one`));
    await publish(slug);
    await saveDraft(slug, webhookFlowDefinition(`${slug}-two`));
    await publish(slug);
    expect((await api.request('GET', `/v1/flows/${slug}`)).body.webhookPath).toBe(`${slug}-two`);

    const rolled = await api.request('POST', `/v1/flows/${slug}/versions/1/rollback`);
    expect(rolled.status).toBe(201);
    expect(rolled.body).toMatchObject({ object: 'flow_version', version: 3 });
    const v1 = (await api.request('GET', `/v1/flows/${slug}/versions/1`)).body;
    expect(rolled.body.definition).toEqual(v1.definition);
    expect(rolled.body.webhookUrl).toBe(`${api.config.publicUrl}/hooks/${slug}-one`);

    const flow = (await api.request('GET', `/v1/flows/${slug}`)).body;
    expect(flow).toMatchObject({ publishedVersion: 3, webhookPath: `${slug}-one` });
    expect(flow.definition).toEqual(v1.definition);
    // versions 1 and 2 are untouched
    const versions = (await api.request('GET', `/v1/flows/${slug}/versions`)).body.data;
    expect(versions.map((version: { version: number }) => version.version)).toEqual([3, 2, 1]);
    expect(versions[1].definition.trigger.path).toBe(`${slug}-two`);
    // the old path is free again: a webhook to it finds no flow
    expect((await api.request('POST', `/hooks/${slug}-two`, {}, {}, { apiKey: null })).status).toBe(404);

    const audit = await api.request('GET', `/v1/audit-events?targetId=${flow.id}&limit=100`);
    expect(audit.status).toBe(200);
    const event = audit.body.data.find((entry: { action: string }) => entry.action === 'flow.rolled_back');
    expect(event.data).toMatchObject({ from: 2, to: 1, version: 3 });
  });

  it('refuses with 409 when the webhook path of version n is now held by another flow, leaving no version', async () => {
    const slug = uniqueSlug('rollback-taken');
    const path = `${slug}-shared`;
    await createFlow(slug, webhookFlowDefinition(path));
    await publish(slug);
    await saveDraft(slug, webhookFlowDefinition(`${slug}-moved`));
    await publish(slug);
    const other = uniqueSlug('squatter');
    await createFlow(other, webhookFlowDefinition(path));
    await publish(other);

    const conflict = await api.request('POST', `/v1/flows/${slug}/versions/1/rollback`);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'webhook_path_taken', path });
    const versions = (await api.request('GET', `/v1/flows/${slug}/versions`)).body.data;
    expect(versions).toHaveLength(2);
    expect((await api.request('GET', `/v1/flows/${slug}`)).body.definition.trigger.path).toBe(`${slug}-moved`);
  });

  it('answers 404 for an unknown version or flow, 400 for a bad number, 401, and 403 for a read-only key', async () => {
    const slug = uniqueSlug('rollback-errors');
    await createFlow(slug);
    await publish(slug);
    expect((await api.request('POST', `/v1/flows/${slug}/versions/9/rollback`)).status).toBe(404);
    expect((await api.request('POST', '/v1/flows/no-such-flow/versions/1/rollback')).status).toBe(404);
    const bad = await api.request('POST', `/v1/flows/${slug}/versions/0/rollback`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('version');
    const path = `/v1/flows/${slug}/versions/1/rollback`;
    expect((await api.request('POST', path, undefined, {}, { apiKey: null })).status).toBe(401);
    const forbidden = await api.request('POST', path, undefined, {}, { apiKey: readOnlyKey });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.requiredScope).toBe('flows:write');
  });

  it('honours Idempotency-Key: a retried rollback makes one version', async () => {
    const slug = uniqueSlug('rollback-once');
    await createFlow(slug);
    await publish(slug);
    const headers = { 'idempotency-key': uniqueSlug('rb') };
    const first = await api.request('POST', `/v1/flows/${slug}/versions/1/rollback`, undefined, headers);
    const again = await api.request('POST', `/v1/flows/${slug}/versions/1/rollback`, undefined, headers);
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await api.request('GET', `/v1/flows/${slug}`)).body.publishedVersion).toBe(2);
  });
});

describe('publish and rollback messages', () => {
  it('keeps the trimmed message and the publishing key with the version, in the list and the audit event', async () => {
    const writer = (
      await api.request('POST', '/v1/api-keys', { name: uniqueSlug('writer'), scopes: ['flows:read', 'flows:write'] })
    ).body;
    const slug = uniqueSlug('message');
    await createFlow(slug);
    const published = await api.request(
      'POST',
      `/v1/flows/${slug}/publish`,
      { message: '  Map the new ERP status codes  ' },
      {},
      { apiKey: writer.key },
    );
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body).toMatchObject({
      version: 1,
      message: 'Map the new ERP status codes',
      publishedBy: writer.id,
    });

    const listed = (await api.request('GET', `/v1/flows/${slug}/versions`)).body.data;
    expect(listed[0]).toMatchObject({ version: 1, message: 'Map the new ERP status codes', publishedBy: writer.id });
    expect((await api.request('GET', `/v1/flows/${slug}/versions/1`)).body.message).toBe(
      'Map the new ERP status codes',
    );

    const flowId = published.body.flowId;
    const audit = await api.request('GET', `/v1/audit-events?targetId=${flowId}&limit=100`);
    const event = audit.body.data.find((entry: { action: string }) => entry.action === 'flow.published');
    expect(event).toMatchObject({ actor: writer.id, data: { version: 1, message: 'Map the new ERP status codes' } });
  });

  it('publishes without a body (message null), and refuses an empty, too long or unknown field with 400', async () => {
    const slug = uniqueSlug('no-message');
    await createFlow(slug);
    const bare = await api.request('POST', `/v1/flows/${slug}/publish`);
    expect(bare.status, JSON.stringify(bare.body)).toBe(201);
    expect(bare.body.message).toBeNull();
    expect(bare.body.publishedBy).toMatch(/^key_/);
    expect((await api.request('POST', `/v1/flows/${slug}/publish`, {})).body).toMatchObject({
      version: 2,
      message: null,
    });

    for (const [body, path] of [
      [{ message: '   ' }, 'message'],
      [{ message: 'x'.repeat(501) }, 'message'],
      [{ message: 42 }, 'message'],
      [{ note: 'hi' }, ''],
    ] as const) {
      const refused = await api.request('POST', `/v1/flows/${slug}/publish`, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.code).toBe('invalid_request');
      expect(JSON.stringify(refused.body.errors)).toContain(path === '' ? 'note' : path);
    }
    expect((await api.request('GET', `/v1/flows/${slug}`)).body.publishedVersion).toBe(2);
  });

  it('says "Rolled back to version n" on a rollback unless the body gives a message', async () => {
    const slug = uniqueSlug('rollback-message');
    await createFlow(slug, webhookFlowDefinition(`${slug}-one`));
    await publish(slug);
    await saveDraft(slug, webhookFlowDefinition(`${slug}-two`));
    await publish(slug);

    const plain = await api.request('POST', `/v1/flows/${slug}/versions/1/rollback`);
    expect(plain.status).toBe(201);
    expect(plain.body).toMatchObject({ version: 3, message: 'Rolled back to version 1' });
    const told = await api.request('POST', `/v1/flows/${slug}/versions/2/rollback`, {
      message: 'Version 2 was fine after all',
    });
    expect(told.body).toMatchObject({ version: 4, message: 'Version 2 was fine after all' });
    expect((await api.request('POST', `/v1/flows/${slug}/versions/2/rollback`, { message: '' })).status).toBe(400);

    const audit = await api.request('GET', `/v1/audit-events?targetId=${plain.body.flowId}&limit=100`);
    const rollbacks = audit.body.data
      .filter((entry: { action: string }) => entry.action === 'flow.rolled_back')
      .map((entry: { data: { message: string } }) => entry.data.message);
    expect(rollbacks.sort()).toEqual(['Rolled back to version 1', 'Version 2 was fine after all']);
  });
});
