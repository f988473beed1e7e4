import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, uniqueSlug, webhookFlowDefinition, type RunningApi } from './running-api';

let api: RunningApi;
let readOnlyKey: string;
beforeAll(async () => {
  api = await startApi();
  readOnlyKey = (await api.request('POST', '/v1/api-keys', { name: uniqueSlug('reader'), scopes: ['flows:read'] })).body
    .key;
});
afterAll(async () => {
  await api?.close();
});

const SECRET = 'sk_live_export-must-not-leak-9731';

async function createConnection(name: string): Promise<{ id: string }> {
  const created = await api.request('POST', '/v1/connections', {
    name,
    connector: 'http',
    config: { baseUrl: 'http://127.0.0.1:4010' },
    secrets: { apiKey: SECRET },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

/** A webhook flow whose trigger and a nested step name connections. */
function connectedDefinition(path: string, hookConnection: string, stepConnection: string) {
  return {
    schemaVersion: 1,
    trigger: { kind: 'webhook', path, auth: { scheme: 'apiKey', connection: hookConnection } },
    vars: { zeta: '=1', alpha: '=2' },
    steps: [
      {
        id: 'each',
        kind: 'forEach',
        items: '=$trigger.body.jobs',
        steps: [
          {
            id: 'send',
            kind: 'action',
            connector: 'http',
            action: 'request',
            connection: stepConnection,
            input: { url: 'http://127.0.0.1:9/x', method: 'POST', body: '=$item' },
          },
        ],
      },
    ],
  };
}

async function exportFlow(slug: string, query = '') {
  return api.request('GET', `/v1/flows/${slug}/export${query}`);
}

describe('GET /v1/flows/:idOrSlug/export', () => {
  it('downloads <slug>.flow.json with connections by name only, no secret and no id', async () => {
    const hook = await createConnection(uniqueSlug('hook-key'));
    const erpName = uniqueSlug('erp');
    const erp = await createConnection(erpName);
    const hookName = (await api.request('GET', `/v1/connections/${hook.id}`)).body.name;
    const slug = uniqueSlug('exported');
    const created = await api.request('POST', '/v1/flows', {
      slug,
      name: 'Exported',
      description: 'jobs to work orders',
      definition: connectedDefinition(slug, hookName, erpName),
    });
    expect(created.status).toBe(201);

    const response = await api.request('GET', `/v1/flows/${slug}/export`, undefined, {}, { apiKey: readOnlyKey });
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('application/json');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.flow.json"`);
    expect(Object.keys(response.body)).toEqual([
      'format',
      'formatVersion',
      'slug',
      'name',
      'description',
      'definition',
      'connections',
      'exportedFrom',
    ]);
    expect(response.body).toMatchObject({
      format: 'tributary.flow',
      formatVersion: 1,
      slug,
      name: 'Exported',
      description: 'jobs to work orders',
      connections: [erpName, hookName].sort(),
      exportedFrom: { draft: true },
    });
    expect(response.body.definition).toEqual(created.body.definition);
    const text = JSON.stringify(response.body);
    for (const forbidden of [SECRET, hook.id, erp.id, created.body.id]) expect(text).not.toContain(forbidden);
  });

  it('sorts the keys inside the definition so two exports differ only in exportedAt', async () => {
    const slug = uniqueSlug('stable');
    await api.request('POST', '/v1/flows', { slug, name: 'Stable', definition: webhookFlowDefinition(slug) });
    const text = async () => {
      const response = await fetch(`${api.baseUrl}/v1/flows/${slug}/export`, {
        headers: { authorization: `Bearer ${api.adminKey}` },
      });
      return (await response.text()).replace(/"exportedAt": "[^"]+"/, '"exportedAt": "…"');
    };
    const first = await text();
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).toContain(
      ['  "description": null,', '  "definition": {', '    "compensateOnFailure": false,'].join('\n'),
    );
    expect(await text()).toBe(first);
    const { definition } = JSON.parse(first);
    for (const object of [definition, definition.trigger, definition.steps[0], definition.steps[0].input]) {
      expect(Object.keys(object)).toEqual([...Object.keys(object)].sort());
    }
  });

  it('exports a published version with ?version=n, and answers 400, 404 and 401 as it should', async () => {
    const slug = uniqueSlug('versioned');
    await api.request('POST', '/v1/flows', { slug, name: 'V', definition: webhookFlowDefinition(`${slug}-one`) });
    expect((await api.request('POST', `/v1/flows/${slug}/publish`)).status).toBe(201);
    await api.request('PUT', `/v1/flows/${slug}`, { name: 'V', definition: webhookFlowDefinition(`${slug}-two`) });

    const v1 = await exportFlow(slug, '?version=1');
    expect(v1.status).toBe(200);
    expect(v1.body.exportedFrom).toMatchObject({ version: 1 });
    expect(v1.body.definition.trigger.path).toBe(`${slug}-one`);
    expect((await exportFlow(slug, '?version=draft')).body.definition.trigger.path).toBe(`${slug}-two`);

    const bad = await exportFlow(slug, '?version=latest');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('version');
    expect((await exportFlow(slug, '?version=5')).status).toBe(404);
    expect((await exportFlow('no-such-flow')).status).toBe(404);
    expect((await api.request('GET', `/v1/flows/${slug}/export`, undefined, {}, { apiKey: null })).status).toBe(401);
  });
});

describe('POST /v1/flows/import', () => {
  it('round-trips: a flow exported and imported under a new slug has an equal definition', async () => {
    const connection = uniqueSlug('erp');
    await createConnection(connection);
    const source = uniqueSlug('source');
    await api.request('POST', '/v1/flows', {
      slug: source,
      name: 'Source',
      definition: connectedDefinition(source, connection, connection),
    });
    const exported = (await exportFlow(source)).body;

    const target = uniqueSlug('target');
    const imported = await api.request('POST', '/v1/flows/import', {
      ...exported,
      slug: target,
      definition: { ...exported.definition, trigger: { ...exported.definition.trigger, path: target } },
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body).toMatchObject({
      object: 'flow_import',
      created: true,
      version: null,
      missingConnections: [],
    });
    expect(imported.body.flow).toMatchObject({ slug: target, name: 'Source', publishedVersion: null });

    const again = (await exportFlow(target)).body;
    expect({ ...again.definition, trigger: { ...again.definition.trigger, path: source } }).toEqual(
      exported.definition,
    );
    expect(again.connections).toEqual(exported.connections);
  });

  it('imports and publishes in one call; the webhook goes live', async () => {
    const slug = uniqueSlug('promoted');
    const document = await exportedDocument(slug, webhookFlowDefinition(slug));
    const imported = await api.request('POST', '/v1/flows/import', { ...document, publish: true });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(imported.body.version).toMatchObject({ object: 'flow_version', version: 1 });
    expect(imported.body.flow).toMatchObject({ publishedVersion: 1, webhookPath: slug });
  });

  it('saves the draft but refuses to publish while connections are missing (409 listing them)', async () => {
    const slug = uniqueSlug('missing');
    const document = await exportedDocument(slug, connectedDefinition(slug, 'absent-hook', 'absent-erp'));

    const refused = await api.request('POST', '/v1/flows/import', { ...document, publish: true });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'flow_connections_missing',
      missingConnections: ['absent-erp', 'absent-hook'],
    });
    expect((await api.request('GET', `/v1/flows/${slug}`)).status).toBe(404);

    const saved = await api.request('POST', '/v1/flows/import', document);
    expect(saved.status).toBe(201);
    expect(saved.body.missingConnections).toEqual(['absent-erp', 'absent-hook']);
    expect(saved.body.flow.publishedVersion).toBeNull();
  });

  it('refuses an existing slug with 409 unless told to overwrite, then replaces only the draft', async () => {
    const slug = uniqueSlug('existing');
    await api.request('POST', '/v1/flows', { slug, name: 'Old', definition: webhookFlowDefinition(slug) });
    expect((await api.request('POST', `/v1/flows/${slug}/publish`)).status).toBe(201);
    const changed = webhookFlowDefinition(slug);
    changed.steps[0]!.input.url = 'http://127.0.0.1:9/new';
    const document = { ...(await exportedDocument(slug, changed)), name: 'New' };

    const conflict = await api.request('POST', '/v1/flows/import', document);
    expect(conflict.status).toBe(409);
    expect(conflict.body.code).toBe('flow_slug_taken');

    const overwritten = await api.request('POST', '/v1/flows/import', { ...document, overwrite: true });
    expect(overwritten.status).toBe(200);
    expect(overwritten.body.created).toBe(false);
    expect(overwritten.body.flow).toMatchObject({ name: 'New', publishedVersion: 1 });
    expect(overwritten.body.flow.definition.steps[0].input.url).toBe('http://127.0.0.1:9/new');

    const updated = await api.request('POST', '/v1/flows/import?mode=update', { ...document, publish: true });
    expect(updated.status).toBe(200);
    expect(updated.body.version.version).toBe(2);
    expect(updated.body.version.definition.steps[0].input.url).toBe('http://127.0.0.1:9/new');

    const unknown = await api.request('POST', '/v1/flows/import?mode=update', {
      ...document,
      slug: uniqueSlug('nope'),
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 400 with a pointer for each invalid field of the document and its definition', async () => {
    const document = await exportedDocument(uniqueSlug('broken'), {
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: 'ok' },
      steps: [{ id: 'a', kind: 'action', action: 'request' }],
    });
    const response = await api.request('POST', '/v1/flows/import', { ...document, format: 'n8n', publsh: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_flow_definition');
    const pointers = response.body.errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/format', '', '/definition/steps/0/connector']));
    const connector = response.body.errors.find((error: { pointer: string }) => error.pointer.endsWith('/connector'));
    expect(connector.path).toBe('definition.steps[0].connector');
  });

  it('publishes atomically: a webhook path held by another flow is a 409 and leaves no flow behind', async () => {
    const holder = uniqueSlug('holder');
    await api.request('POST', '/v1/flows', { slug: holder, name: 'Holder', definition: webhookFlowDefinition(holder) });
    expect((await api.request('POST', `/v1/flows/${holder}/publish`)).status).toBe(201);
    const slug = uniqueSlug('late');
    const refused = await api.request('POST', '/v1/flows/import', {
      ...(await exportedDocument(slug, webhookFlowDefinition(holder))),
      publish: true,
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'webhook_path_taken', path: holder });
    expect((await api.request('GET', `/v1/flows/${slug}`)).status).toBe(404);
  });

  it('replays a retried import with the same Idempotency-Key instead of answering 409', async () => {
    const slug = uniqueSlug('retried');
    const document = await exportedDocument(slug, webhookFlowDefinition(slug));
    const headers = { 'idempotency-key': uniqueSlug('import') };
    const first = await api.request('POST', '/v1/flows/import', document, headers);
    const again = await api.request('POST', '/v1/flows/import', document, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.flow.id).toBe(first.body.flow.id);
  });

  it('answers 400 for an unknown mode', async () => {
    const document = await exportedDocument(uniqueSlug('mode'), webhookFlowDefinition(uniqueSlug('mode')));
    const response = await api.request('POST', '/v1/flows/import?mode=upsert', document);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('mode');
  });

  it('answers 401 without a key and 403 to a read-only key', async () => {
    const document = await exportedDocument(uniqueSlug('guarded'), webhookFlowDefinition(uniqueSlug('guarded')));
    expect((await api.request('POST', '/v1/flows/import', document, {}, { apiKey: null })).status).toBe(401);
    const forbidden = await api.request('POST', '/v1/flows/import', document, {}, { apiKey: readOnlyKey });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.requiredScope).toBe('flows:write');
  });
});

/** The document an export of `definition` would give, without creating the flow here. */
async function exportedDocument(slug: string, definition: unknown) {
  return {
    format: 'tributary.flow',
    formatVersion: 1,
    slug,
    name: slug,
    description: null,
    definition,
    connections: [],
    exportedFrom: { draft: true, exportedAt: new Date().toISOString() },
  };
}
