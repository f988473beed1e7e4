import mysqlConnector from '@tributary/connector-mysql';
import postgresConnector from '@tributary/connector-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunHarness, type RunHarness } from './run-harness';
import { captureLogs, startApi, uniqueSlug, type ApiResponse } from './running-api';

// PostgreSQL here trusts every local login, so a wrong *password* cannot fail against it: the bad postgres
// connection uses a role that does not exist. MariaDB checks passwords, so it gets the wrong-password case.
const PG_PASSWORD = 'pg-secret-never-shown-7f3a';
const MYSQL_WRONG_PASSWORD = 'mysql-wrong-secret-9c1e';
const SECRETS = [PG_PASSWORD, MYSQL_WRONG_PASSWORD];

const logs = captureLogs();
const responses: ApiResponse[] = [];
let harness: RunHarness;
beforeAll(async () => {
  harness = await startRunHarness({}, { connectors: [postgresConnector, mysqlConnector], apiOptions: logs });
});
afterAll(async () => {
  await harness?.close();
});

async function call(...args: Parameters<RunHarness['api']['request']>): Promise<ApiResponse> {
  const response = await harness.api.request(...args);
  responses.push(response);
  return response;
}

async function createConnection(connector: string, config: object, secrets: object): Promise<string> {
  const name = uniqueSlug(connector);
  const created = await call('POST', '/v1/connections', { name, connector, config, secrets });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

describe('POST /v1/connections/:id/test', () => {
  it("answers ok when the postgres connector's check logs in and runs its query", async () => {
    const id = await createConnection(
      'postgres',
      { host: '127.0.0.1', port: 5432, database: 'postgres', user: 'postgres' },
      { password: PG_PASSWORD },
    );
    const response = await call('POST', `/v1/connections/${id}/test`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      ok: true,
      verified: 'connection',
      message: expect.stringContaining('postgres'),
    });
    expect(Date.parse(response.body.checkedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(response.body.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('answers ok: false with the reason when postgres refuses the login', async () => {
    const id = await createConnection(
      'postgres',
      { host: '127.0.0.1', port: 5432, database: 'postgres', user: 'no_such_role_for_tests' },
      { password: PG_PASSWORD },
    );
    const response = await call('POST', `/v1/connections/${id}/test`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    expect(response.body.error.message).toContain('no_such_role_for_tests');
  });

  it('tells a right MariaDB password from a wrong one', async () => {
    const config = { host: '127.0.0.1', port: 3306, database: 'test', user: 'root' };
    const good = await createConnection('mysql', config, { password: '' });
    const bad = await createConnection('mysql', config, { password: MYSQL_WRONG_PASSWORD });
    expect((await call('POST', `/v1/connections/${good}/test`)).body).toMatchObject({
      ok: true,
      verified: 'connection',
    });
    const refused = await call('POST', `/v1/connections/${bad}/test`);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/access denied/i) } });
  });

  it("reports an invalid connection by field, checked against the connector's auth schema", async () => {
    const id = await createConnection(
      'postgres',
      { host: '127.0.0.1', database: 'postgres' },
      { password: PG_PASSWORD },
    );
    const response = await call('POST', `/v1/connections/${id}/test`);
    expect(response.body).toMatchObject({ ok: false, error: { code: 'INVALID_CONNECTION' } });
    expect(response.body.error.message).toContain('user');
  });

  it('says when a connector has no check and only the schema was validated', async () => {
    const id = await createConnection('probe', {}, {});
    const response = await call('POST', `/v1/connections/${id}/test`);
    expect(response.body).toMatchObject({
      ok: true,
      verified: 'schema',
      message: expect.stringContaining('no connection check'),
    });
  });

  it('accepts the connection name too, and answers 404 for an unknown one', async () => {
    const name = uniqueSlug('probe');
    await call('POST', '/v1/connections', { name, connector: 'probe', secrets: {} });
    expect((await call('POST', `/v1/connections/${name}/test`)).body.ok).toBe(true);
    const missing = await call('POST', '/v1/connections/conn_00000000000000000000000000/test');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('resource_not_found');
  });

  it('needs a key with connections:write', async () => {
    const id = await createConnection('probe', {}, {});
    expect((await call('POST', `/v1/connections/${id}/test`, undefined, {}, { apiKey: null })).status).toBe(401);
    const key = await call('POST', '/v1/api-keys', { name: uniqueSlug('reader'), scopes: ['flows:read'] });
    const forbidden = await call('POST', `/v1/connections/${id}/test`, undefined, {}, { apiKey: key.body.key });
    expect(forbidden.status).toBe(403);
  });

  it('never shows a secret value in a response or a log line', () => {
    const seen = [...responses.map((response) => JSON.stringify(response.body)), ...logs.lines].join('\n');
    expect(logs.lines.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
  });
});

describe('POST /v1/connections/:id/test without a worker', () => {
  it('answers 504 once the timeout passes', async () => {
    const api = await startApi({ TEMPORAL_TASK_QUEUE: uniqueSlug('nobody-polls'), CONNECTION_TEST_TIMEOUT_MS: '1500' });
    try {
      const created = await api.request('POST', '/v1/connections', {
        name: uniqueSlug('lonely'),
        connector: 'probe',
        secrets: {},
      });
      const started = Date.now();
      const response = await api.request('POST', `/v1/connections/${created.body.id}/test`);
      expect(response.status).toBe(504);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body).toMatchObject({ code: 'connection_test_timeout', timeoutMs: 1500 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    } finally {
      await api.close();
    }
  });
});
