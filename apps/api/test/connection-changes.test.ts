import { createConnectionSecretCipher, createPrismaClient, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogs, startApi, uniqueSlug, type ApiResponse, type RunningApi } from './running-api';

const API_KEY = 'sk_live_patch-secret-1111';
const NEW_API_KEY = 'sk_live_patch-secret-2222';
const PASSWORD = 'patch-password-3333';
const SECRETS = [API_KEY, NEW_API_KEY, PASSWORD];

const logs = captureLogs();
const responses: ApiResponse[] = [];
let api: RunningApi;
let prisma: PrismaClient;
beforeAll(async () => {
  api = await startApi({}, logs);
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await api?.close();
  await prisma?.$disconnect();
});

async function call(...args: Parameters<RunningApi['request']>): Promise<ApiResponse> {
  const response = await api.request(...args);
  responses.push(response);
  return response;
}

async function createConnection(extra: object = {}): Promise<{ id: string; name: string }> {
  const name = uniqueSlug('erp');
  const created = await call('POST', '/v1/connections', {
    name,
    connector: 'http',
    config: { baseUrl: 'http://127.0.0.1:4010', headerName: 'X-Key' },
    secrets: { apiKey: API_KEY, password: PASSWORD },
    ...extra,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id, name };
}

async function storedSecrets(id: string): Promise<Record<string, unknown>> {
  const row = await prisma.connection.findUniqueOrThrow({ where: { id } });
  return createConnectionSecretCipher(api.config.connectionSecretKeys).decrypt(row.encryptedSecrets);
}

async function scopedKey(scopes: string[]): Promise<string> {
  const created = await call('POST', '/v1/api-keys', { name: uniqueSlug('key'), scopes });
  expect(created.status).toBe(201);
  return created.body.key;
}

async function publishFlowUsing(connection: string): Promise<string> {
  const slug = uniqueSlug('uses-conn');
  const definition = {
    schemaVersion: 1,
    trigger: { kind: 'manual' },
    steps: [
      {
        id: 'branch',
        kind: 'if',
        condition: '=true',
        then: [
          {
            id: 'call',
            kind: 'action',
            connector: 'http',
            action: 'request',
            connection,
            input: { url: 'http://127.0.0.1:9/x' },
          },
        ],
      },
    ],
  };
  const created = await call('POST', '/v1/flows', { slug, name: slug, definition });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await call('POST', `/v1/flows/${slug}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  return slug;
}

describe('PATCH /v1/connections/:id', () => {
  it('merges secrets field by field: unsent fields keep their value, null removes one', async () => {
    const { id } = await createConnection();
    const response = await call('PATCH', `/v1/connections/${id}`, {
      secrets: { apiKey: NEW_API_KEY, password: null, region: 'eu' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.secretFields).toEqual(['apiKey', 'region']);
    expect(await storedSecrets(id)).toEqual({ apiKey: NEW_API_KEY, region: 'eu' });

    const untouched = await call('PATCH', `/v1/connections/${id}`, { config: { timeoutMs: 5000 } });
    expect(untouched.body.secretFields).toEqual(['apiKey', 'region']);
    expect(await storedSecrets(id)).toEqual({ apiKey: NEW_API_KEY, region: 'eu' });
  });

  it('merges config the same way, keeps the rate limit apart, and renames', async () => {
    const { id } = await createConnection({ rateLimit: { requestsPerSecond: 5 } });
    const name = uniqueSlug('renamed');
    const response = await call('PATCH', `/v1/connections/${id}`, {
      name,
      config: { baseUrl: 'https://erp.example.com', headerName: null },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name,
      config: { baseUrl: 'https://erp.example.com' },
      rateLimit: { requestsPerSecond: 5 },
    });
    expect(response.body.config).not.toHaveProperty('headerName');
    expect((await call('GET', `/v1/connections/${name}`)).body.id).toBe(id);

    const unlimited = await call('PATCH', `/v1/connections/${id}`, { rateLimit: null });
    expect(unlimited.body.rateLimit).toBeNull();
    expect(unlimited.body.config).toEqual({ baseUrl: 'https://erp.example.com' });
  });

  it('records what changed by field name, never a secret value', async () => {
    const { id } = await createConnection();
    await call('PATCH', `/v1/connections/${id}`, {
      secrets: { apiKey: NEW_API_KEY, password: null },
      config: { baseUrl: 'https://x.example' },
    });
    const before = await prisma.connection.findUniqueOrThrow({ where: { id } });
    const unchanged = await call('PATCH', `/v1/connections/${id}`, { config: { baseUrl: 'https://x.example' } });
    expect(unchanged.status).toBe(200);
    expect(unchanged.body.updatedAt).toBe(before.updatedAt.toISOString());
    const events = await prisma.auditEvent.findMany({ where: { targetId: id, action: 'connection.updated' } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({
      configFields: ['baseUrl'],
      secretFieldsSet: ['apiKey'],
      secretFieldsRemoved: ['password'],
    });
    expect(events[0]!.actor).toMatch(/^key_/);
    expect(JSON.stringify(events)).not.toContain(NEW_API_KEY);
    expect(JSON.stringify(events)).not.toContain('x.example');
  });

  it('answers 400 naming every bad field', async () => {
    const { id } = await createConnection();
    const response = await call('PATCH', `/v1/connections/${id}`, {
      name: 'not a name!',
      config: { rateLimit: { requestsPerSecond: 1 } },
      rateLimit: { requestsPerSecond: -1 },
      secrets: 'nope',
      extra: true,
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(
      ['', 'config.rateLimit', 'name', 'rateLimit.requestsPerSecond', 'secrets'].sort(),
    );
    const badQuery = await call('PATCH', `/v1/connections/${id}?force=yes`, { config: {} });
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.errors[0].path).toBe('force');
  });

  it("refuses to remove a field the connector's registered auth schema requires", async () => {
    const connector = uniqueSlug('strict');
    await prisma.connector.create({
      data: {
        id: `ctr_${connector}`,
        name: connector,
        version: '1.0.0',
        displayName: 'Strict',
        manifest: { auth: { type: 'object', properties: {}, required: ['host', 'password'] }, actions: {} },
      },
    });
    const created = await call('POST', '/v1/connections', {
      name: uniqueSlug('strict'),
      connector,
      config: { host: 'db.local', note: 'x' },
      secrets: { password: PASSWORD, token: API_KEY },
    });
    const refused = await call('PATCH', `/v1/connections/${created.body.id}`, {
      config: { host: null, note: null },
      secrets: { password: null, token: null },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'config.host',
      'secrets.password',
    ]);
    expect(await storedSecrets(created.body.id)).toEqual({ password: PASSWORD, token: API_KEY });
    const allowed = await call('PATCH', `/v1/connections/${created.body.id}`, { secrets: { token: null } });
    expect(allowed.body.secretFields).toEqual(['password']);
  });

  it('answers 404 for an unknown connection and 409 for a name in use', async () => {
    expect((await call('PATCH', '/v1/connections/conn_00000000000000000000000000', { config: {} })).status).toBe(404);
    const first = await createConnection();
    const second = await createConnection();
    const taken = await call('PATCH', `/v1/connections/${second.id}`, { name: first.name });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('connection_name_taken');
  });

  it('refuses to rename a connection published flows use, unless forced', async () => {
    const { id, name } = await createConnection();
    const slug = await publishFlowUsing(name);
    const refused = await call('PATCH', `/v1/connections/${id}`, { name: uniqueSlug('new') });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'connection_in_use',
      referenceCount: 1,
      references: [{ flow: slug, version: 1, path: '/steps/0/then/0/connection' }],
    });
    expect((await call('PATCH', `/v1/connections/${id}?force=true`, { name: uniqueSlug('new') })).status).toBe(200);
  });

  it('needs a credential with connections:write', async () => {
    const { id } = await createConnection();
    expect((await call('PATCH', `/v1/connections/${id}`, { config: {} }, {}, { apiKey: null })).status).toBe(401);
    const reader = await scopedKey(['flows:read', 'runs:write']);
    const forbidden = await call('PATCH', `/v1/connections/${id}`, { config: {} }, {}, { apiKey: reader });
    expect(forbidden.status).toBe(403);
    const writer = await scopedKey(['connections:write']);
    expect((await call('PATCH', `/v1/connections/${id}`, { config: {} }, {}, { apiKey: writer })).status).toBe(200);
  });
});

describe('DELETE /v1/connections/:id', () => {
  it('deletes an unused connection and records it', async () => {
    const { id } = await createConnection();
    const response = await call('DELETE', `/v1/connections/${id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id, object: 'connection', deleted: true });
    expect((await call('GET', `/v1/connections/${id}`)).status).toBe(404);
    const events = await prisma.auditEvent.findMany({ where: { targetId: id, action: 'connection.deleted' } });
    expect(events[0]!.data).toMatchObject({ secretFields: ['apiKey', 'password'] });
    expect(JSON.stringify(events)).not.toContain(API_KEY);
  });

  it('refuses with 409 and where it is used while a published version names it, then deletes with force', async () => {
    const { id, name } = await createConnection();
    const slug = await publishFlowUsing(name);
    const refused = await call('DELETE', `/v1/connections/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'connection_in_use', references: [{ flow: slug, version: 1 }] });
    expect((await call('GET', `/v1/connections/${id}`)).status).toBe(200);

    const forced = await call('DELETE', `/v1/connections/${id}?force=true`);
    expect(forced.status).toBe(200);
    const events = await prisma.auditEvent.findMany({ where: { targetId: id, action: 'connection.deleted' } });
    expect(events[0]!.data).toMatchObject({ forced: true, referenceCount: 1 });
  });

  it('finds trigger references too', async () => {
    const { id, name } = await createConnection();
    const slug = uniqueSlug('hook-auth');
    const definition = {
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: slug, auth: { scheme: 'apiKey', connection: name } },
      steps: [
        { id: 'noop', kind: 'action', connector: 'http', action: 'request', input: { url: 'http://127.0.0.1:9/x' } },
      ],
    };
    expect((await call('POST', '/v1/flows', { slug, name: slug, definition })).status).toBe(201);
    expect((await call('POST', `/v1/flows/${slug}/publish`)).status).toBe(201);
    const refused = await call('DELETE', `/v1/connections/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.references).toEqual([{ flow: slug, version: 1, path: '/trigger/auth/connection' }]);
  });

  it('answers 400, 401, 403 and 404 as documented', async () => {
    const { id } = await createConnection();
    expect((await call('DELETE', `/v1/connections/${id}?force=1`)).status).toBe(400);
    expect((await call('DELETE', `/v1/connections/${id}`, undefined, {}, { apiKey: null })).status).toBe(401);
    const reader = await scopedKey(['flows:read']);
    expect((await call('DELETE', `/v1/connections/${id}`, undefined, {}, { apiKey: reader })).status).toBe(403);
    expect((await call('DELETE', '/v1/connections/no-such-connection')).status).toBe(404);
  });
});

describe('secrets in responses and logs', () => {
  it('never shows a secret value in any response or log line of these tests', () => {
    const seen = [...responses.map((response) => JSON.stringify(response.body)), ...logs.lines].join('\n');
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
  });
});
