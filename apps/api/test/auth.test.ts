import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, uniqueSlug, webhookFlowDefinition, type RunningApi } from './running-api';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

async function createKey(scopes: string[], name = uniqueSlug('key')): Promise<{ id: string; key: string }> {
  const created = await api.request('POST', '/v1/api-keys', { name, scopes });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

describe('authentication', () => {
  it('answers a request without credentials with 401 problem+json and WWW-Authenticate: Bearer', async () => {
    const response = await api.request('GET', '/v1/flows', undefined, {}, { apiKey: null });
    expect(response.status).toBe(401);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="tributary"');
    expect(response.body).toMatchObject({ code: 'authentication_required', instance: '/v1/flows' });
  });

  it('answers an unknown key with 401 invalid_credentials', async () => {
    const response = await api.request('GET', '/v1/flows', undefined, {}, { apiKey: 'trb_not-a-real-key' });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('invalid_credentials');
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('answers 403 naming the missing scope', async () => {
    const reader = await createKey(['flows:read']);
    const response = await api.request('POST', '/v1/flows', { slug: 'x', name: 'x' }, {}, { apiKey: reader.key });
    expect(response.status).toBe(403);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'insufficient_scope', requiredScope: 'flows:write' });
    expect(response.body.detail).toContain('"flows:write"');
  });

  it('lets a write scope read its resource but not another one', async () => {
    const writer = await createKey(['flows:write']);
    expect((await api.request('GET', '/v1/flows', undefined, {}, { apiKey: writer.key })).status).toBe(200);
    const runs = await api.request('GET', '/v1/runs', undefined, {}, { apiKey: writer.key });
    expect(runs.status).toBe(403);
    expect(runs.body.requiredScope).toBe('runs:read');
  });

  it('keeps public routes open', async () => {
    expect((await api.request('GET', '/health', undefined, {}, { apiKey: null })).status).toBe(200);
    expect((await api.request('GET', '/openapi.json', undefined, {}, { apiKey: null })).status).toBe(200);
    // unknown webhook paths answer 404 from the hook, not 401 from the guard
    const hook = await api.request('POST', '/hooks/nobody/here', {}, {}, { apiKey: null });
    expect(hook.status).toBe(404);
  });
});

describe('/v1/api-keys', () => {
  it('returns the key once, stores only a prefix, and the key works', async () => {
    const created = await api.request('POST', '/v1/api-keys', { name: 'ci', scopes: ['flows:read', 'runs:read'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: 'api_key', name: 'ci', scopes: ['flows:read', 'runs:read'] });
    expect(created.body.key).toMatch(/^trb_[\w-]{43}$/);
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
    expect(created.body.id).toMatch(/^key_/);

    const fetched = await api.request('GET', `/v1/api-keys/${created.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.key).toBeUndefined();
    expect(JSON.stringify(fetched.body)).not.toContain(created.body.key);

    const list = await api.request('GET', '/v1/api-keys?limit=100');
    expect(list.body.object).toBe('list');
    expect(list.body.data.map((key: { id: string }) => key.id)).toContain(created.body.id);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);

    const used = await api.request('GET', '/v1/runs', undefined, {}, { apiKey: created.body.key });
    expect(used.status).toBe(200);
    await expect
      .poll(async () => (await api.request('GET', `/v1/api-keys/${created.body.id}`)).body.lastUsedAt)
      .not.toBeNull();
  });

  it('revokes a key: requests with it get 401 and revoking again changes nothing', async () => {
    const key = await createKey(['flows:read']);
    const revoked = await api.request('DELETE', `/v1/api-keys/${key.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    const refused = await api.request('GET', '/v1/flows', undefined, {}, { apiKey: key.key });
    expect(refused.status).toBe(401);
    const again = await api.request('DELETE', `/v1/api-keys/${key.id}`);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
  });

  it('needs admin to create, list or revoke keys', async () => {
    const writer = await createKey(['flows:write', 'runs:write', 'connections:write']);
    const create = await api.request(
      'POST',
      '/v1/api-keys',
      { name: 'x', scopes: ['flows:read'] },
      {},
      { apiKey: writer.key },
    );
    expect(create.status).toBe(403);
    expect(create.body.requiredScope).toBe('admin');
    expect((await api.request('GET', '/v1/api-keys', undefined, {}, { apiKey: writer.key })).status).toBe(403);
  });

  it('answers 400 naming each invalid field', async () => {
    const response = await api.request('POST', '/v1/api-keys', { name: '', scopes: ['flows:read', 'everything'] });
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'scopes[1]']));
  });

  it('answers 404 for an unknown key', async () => {
    const response = await api.request('GET', '/v1/api-keys/key_00000000000000000000000000');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('resource_not_found');
  });

  it('audits creation and revocation with the real actor and without the secret', async () => {
    const key = await createKey(['runs:read']);
    await api.request('DELETE', `/v1/api-keys/${key.id}`);
    const events = await api.request('GET', `/v1/audit-events?targetType=api_key&targetId=${key.id}`);
    expect(events.status).toBe(200);
    expect(events.body.data.map((event: { action: string }) => event.action)).toEqual([
      'api_key.revoked',
      'api_key.created',
    ]);
    const admin = (await api.request('GET', '/v1/api-keys?limit=100')).body.data.find(
      (entry: { name: string; prefix: string }) =>
        entry.name === 'ADMIN_API_KEY' && api.adminKey.startsWith(entry.prefix),
    );
    for (const event of events.body.data) expect(event.actor).toBe(admin.id);
    expect(JSON.stringify(events.body)).not.toContain(key.key);
  });
});

describe('/v1/audit-events', () => {
  it('records flow changes under the key that made them and filters by actor, action and time', async () => {
    const editor = await createKey(['flows:write']);
    const slug = uniqueSlug('audited');
    const before = new Date(Date.now() - 1000).toISOString();
    const created = await api.request('POST', '/v1/flows', flowBody(slug), {}, { apiKey: editor.key });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const mine = await api.request('GET', `/v1/audit-events?actor=${editor.id}&createdAfter=${before}`);
    expect(mine.body.data).toHaveLength(1);
    expect(mine.body.data[0]).toMatchObject({ action: 'flow.created', targetId: created.body.id, actor: editor.id });
    const none = await api.request('GET', `/v1/audit-events?actor=${editor.id}&createdBefore=${before}`);
    expect(none.body.data).toHaveLength(0);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 3; i += 1) await createKey(['runs:read']);
    const first = await api.request('GET', '/v1/audit-events?action=api_key.created&limit=2');
    expect(first.body).toMatchObject({ object: 'list', has_more: true });
    const second = await api.request(
      'GET',
      `/v1/audit-events?action=api_key.created&limit=2&cursor=${first.body.next_cursor}`,
    );
    expect(second.body.data[0].id < first.body.data[1].id).toBe(true);
  });

  it('needs admin and validates its filters', async () => {
    const reader = await createKey(['flows:read', 'runs:read']);
    expect((await api.request('GET', '/v1/audit-events', undefined, {}, { apiKey: reader.key })).status).toBe(403);
    const invalid = await api.request('GET', '/v1/audit-events?createdAfter=yesterday&limit=0');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['createdAfter', 'limit']);
  });
});

describe('web sessions', () => {
  const email = 'Admin@Example.com';
  const password = 'a long enough passphrase';

  it('runs first-run setup once, signs in with a secure cookie, and refuses a second setup', async () => {
    const invalid = await api.request('POST', '/v1/setup', { email: 'nope', password: 'short' }, {}, { apiKey: null });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['email', 'password']);

    const before = await api.request('GET', '/v1/setup', undefined, {}, { apiKey: null });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ required: true });

    const setup = await api.request('POST', '/v1/setup', { name: ' Dana Ops ', email, password }, {}, { apiKey: null });
    expect(setup.status, JSON.stringify(setup.body)).toBe(201);
    expect(setup.body).toMatchObject({
      object: 'session',
      user: { email: 'admin@example.com', name: 'Dana Ops', role: 'admin' },
    });
    const after = await api.request('GET', '/v1/setup', undefined, {}, { apiKey: null });
    expect(after.body).toEqual({ required: false });
    const cookie = setup.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^trb_session=[\w-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect(JSON.stringify(setup.body)).not.toContain(cookie.split(';')[0]!.split('=')[1]);

    const again = await api.request(
      'POST',
      '/v1/setup',
      { email: 'other@example.com', password },
      {},
      { apiKey: null },
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('setup_already_done');
  });

  it('signs in, knows who is signed in, protects writes against CSRF, and signs out', async () => {
    const wrong = await api.request(
      'POST',
      '/v1/sessions',
      { email, password: 'wrong password' },
      {},
      { apiKey: null },
    );
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_login');

    const login = await api.request('POST', '/v1/sessions', { email, password }, {}, { apiKey: null });
    expect(login.status).toBe(201);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const asUser = { cookie };

    const me = await api.request('GET', '/v1/sessions/current', undefined, asUser, { apiKey: null });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: login.body.id, user: { role: 'admin' }, scopes: ['admin'] });

    const slug = uniqueSlug('cookie');
    const forged = await api.request('POST', '/v1/flows', flowBody(slug), asUser, { apiKey: null });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('csrf_header_missing');
    const created = await api.request(
      'POST',
      '/v1/flows',
      flowBody(slug),
      { ...asUser, 'x-requested-with': 'XMLHttpRequest' },
      { apiKey: null },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const audit = await api.request('GET', `/v1/audit-events?targetId=${created.body.id}`);
    expect(audit.body.data[0].actor).toBe(me.body.user.id);

    const logout = await api.request(
      'DELETE',
      '/v1/sessions/current',
      undefined,
      { ...asUser, 'x-requested-with': 'XMLHttpRequest' },
      { apiKey: null },
    );
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toContain('trb_session=;');
    const after = await api.request('GET', '/v1/sessions/current', undefined, asUser, { apiKey: null });
    expect(after.status).toBe(401);
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const behindTls = await startApi({ PUBLIC_URL: 'https://tributary.example.com' });
    try {
      const login = await behindTls.request('POST', '/v1/sessions', { email, password }, {}, { apiKey: null });
      expect(login.status).toBe(201);
      expect(login.headers.get('set-cookie')).toMatch(/; Secure;/);
    } finally {
      await behindTls.close();
    }
  });

  it('answers who-am-I for an API key with 404 no_session', async () => {
    const response = await api.request('GET', '/v1/sessions/current');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('no_session');
  });
});

function flowBody(slug: string) {
  return { slug, name: slug, definition: webhookFlowDefinition(uniqueSlug('path')) };
}
