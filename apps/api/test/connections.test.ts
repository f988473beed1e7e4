import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApi, uniqueSlug, type RunningApi } from './running-api';

let api: RunningApi;
let prisma: PrismaClient;
beforeAll(async () => {
  api = await startApi();
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await api?.close();
  await prisma?.$disconnect();
});

const SECRET = 'sk_live_do-not-leak-4242';

describe('connections', () => {
  it('stores secrets encrypted and never echoes them, only their field names', async () => {
    const name = uniqueSlug('erp-prod');
    const created = await api.request('POST', '/v1/connections', {
      name,
      connector: 'http',
      config: { baseUrl: 'http://127.0.0.1:4010' },
      secrets: { apiKey: SECRET, password: `${SECRET}-pw` },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: 'connection',
      name,
      connector: 'http',
      config: { baseUrl: 'http://127.0.0.1:4010' },
      secretFields: ['apiKey', 'password'],
    });
    expect(created.body.id).toMatch(/^conn_[0-9a-z]{26}$/);
    expect(created.body).not.toHaveProperty('secrets');

    const reads = [
      created,
      await api.request('GET', `/v1/connections/${name}`),
      await api.request('GET', `/v1/connections/${created.body.id}`),
      await api.request('GET', '/v1/connections?limit=100'),
    ];
    for (const read of reads) {
      expect(read.status).toBeLessThan(300);
      expect(JSON.stringify(read.body)).not.toContain(SECRET);
    }

    const row = await prisma.connection.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.encryptedSecrets).not.toContain(SECRET);
    expect(row.encryptedSecrets).not.toContain('apiKey');
    expect(row.encryptedSecrets).toMatch(/^v2\.default\./);
    expect(row.encryptionKeyId).toBe('default');

    const audit = await prisma.auditEvent.findMany({ where: { targetId: created.body.id } });
    expect(audit.map((event) => event.action)).toEqual(['connection.created']);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it('refuses a duplicate name with 409 and does not echo the secrets of the refused request', async () => {
    const name = uniqueSlug('dup');
    const body = { name, connector: 'http', secrets: { token: SECRET } };
    expect((await api.request('POST', '/v1/connections', body)).status).toBe(201);
    const again = await api.request('POST', '/v1/connections', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('connection_name_taken');
    expect(JSON.stringify(again.body)).not.toContain(SECRET);
  });

  it('lists every invalid field of a bad request', async () => {
    const response = await api.request('POST', '/v1/connections', { name: '', secrets: 'nope' });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['name', 'connector', 'secrets']);
  });

  it('stores a rate limit with the settings and returns it, without putting it among the secrets', async () => {
    const name = uniqueSlug('erp-limited');
    const created = await api.request('POST', '/v1/connections', {
      name,
      connector: 'http',
      config: { baseUrl: 'http://127.0.0.1:4010' },
      rateLimit: { requestsPerSecond: 10, burst: 2 },
      secrets: { token: SECRET },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      config: { baseUrl: 'http://127.0.0.1:4010' },
      rateLimit: { requestsPerSecond: 10, burst: 2 },
      secretFields: ['token'],
    });
    expect((await api.request('GET', `/v1/connections/${name}`)).body.rateLimit).toEqual({
      requestsPerSecond: 10,
      burst: 2,
    });
    // The worker reads it from the stored settings.
    const row = await prisma.connection.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.config).toEqual({ baseUrl: 'http://127.0.0.1:4010', rateLimit: { requestsPerSecond: 10, burst: 2 } });

    const unlimited = await api.request('POST', '/v1/connections', {
      name: uniqueSlug('erp-unlimited'),
      connector: 'http',
      secrets: {},
    });
    expect(unlimited.body.rateLimit).toBeNull();
  });

  it('names every invalid rate limit field, and refuses a rate limit hidden in config', async () => {
    const invalid = await api.request('POST', '/v1/connections', {
      name: uniqueSlug('bad-limit'),
      connector: 'http',
      rateLimit: { requestsPerSecond: 0, burst: 1.5, perMinute: 600 },
      secrets: {},
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'rateLimit',
      'rateLimit.burst',
      'rateLimit.requestsPerSecond',
    ]);

    const hidden = await api.request('POST', '/v1/connections', {
      name: uniqueSlug('hidden-limit'),
      connector: 'http',
      config: { rateLimit: { requestsPerSecond: 5 } },
      secrets: {},
    });
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors).toEqual([
      expect.objectContaining({ path: 'config.rateLimit', message: expect.stringContaining('top-level rateLimit') }),
    ]);
  });

  it('deletes a connection together with its secrets', async () => {
    const name = uniqueSlug('gone');
    const created = await api.request('POST', '/v1/connections', { name, connector: 'http', secrets: { a: 'b' } });
    const deleted = await api.request('DELETE', `/v1/connections/${name}`);
    expect(deleted.body).toEqual({ id: created.body.id, object: 'connection', deleted: true });
    expect((await api.request('GET', `/v1/connections/${name}`)).status).toBe(404);
    expect(await prisma.connection.findUnique({ where: { id: created.body.id } })).toBeNull();
  });
});
