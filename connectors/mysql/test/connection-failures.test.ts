import { executeAction, NonRetryableError, RetryableError, type ConnectorError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MysqlAuth } from '../src/auth';
import connector from '../src/index';
import { adminQuery, auth, uniqueName } from './test-database';

const SECRET = 'my-S3cret/+=&q?7';
const WRONG = 'my-Wr0ng/+=&q?7';
const user = uniqueName('tributary_login');
const login: MysqlAuth = { ...auth, user, password: SECRET };

beforeAll(async () => {
  await adminQuery(`CREATE USER '${user}'@'%' IDENTIFIED BY ?`, [SECRET]);
  await adminQuery(`GRANT SELECT ON test.* TO '${user}'@'%'`);
});
afterAll(async () => {
  await adminQuery(`DROP USER IF EXISTS '${user}'@'%'`);
});

function run(connection: MysqlAuth, sql = 'SELECT 1 AS one') {
  return executeAction(connector, 'query', {
    input: { sql, timeoutMs: 5_000 },
    auth: connection,
    idempotencyKey: 'run_test:step_query',
  });
}

function expectNoPassword(error: ConnectorError) {
  const visible = [error.message, error.stack ?? '', JSON.stringify(error)].join('\n');
  expect(visible).not.toContain(SECRET);
  expect(visible).not.toContain(WRONG);
}

describe('mysql connector: connection failures', () => {
  it('logs in with the right password', async () => {
    expect(await run(login)).toMatchObject({ rows: [{ one: 1 }], rowCount: 1 });
  });

  it('reports a wrong password as non-retryable AUTH_FAILED, without the password', async () => {
    const error = await expectRejection(run({ ...login, password: WRONG }), NonRetryableError);

    expect(error.code).toBe('AUTH_FAILED');
    expect(error.details).toMatchObject({ errno: 1045, code: 'ER_ACCESS_DENIED_ERROR' });
    expect(error.message).toContain(user);
    expectNoPassword(error);
  });

  it('reports a database the user may not use as non-retryable', async () => {
    const error = await expectRejection(run({ ...login, database: 'mysql' }), NonRetryableError);
    expect(error.code).toBe('AUTH_FAILED');
    expect(error.details).toMatchObject({ errno: 1044 });
    expectNoPassword(error);
  });

  it('reports a database that does not exist as non-retryable DATABASE_NOT_FOUND', async () => {
    const error = await expectRejection(run({ ...auth, database: 'no_such_db_tributary' }), NonRetryableError);
    expect(error.code).toBe('DATABASE_NOT_FOUND');
    expect(error.details).toMatchObject({ errno: 1049 });
  });

  it('reports a denied statement as a non-retryable SQL error, without the password', async () => {
    const error = await expectRejection(run(login, 'CREATE TABLE test.not_allowed (id int)'), NonRetryableError);
    expect(error.code).toBe('SQL_ERROR');
    expect(error.details).toMatchObject({ errno: 1142 });
    expectNoPassword(error);
  });

  it('reports a refused connection as retryable CONNECTION_FAILED', async () => {
    const error = await expectRejection(run({ ...login, port: 1 }), RetryableError);

    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toContain('127.0.0.1:1/test');
    expect(error.message).toContain('ECONNREFUSED');
    expectNoPassword(error);
  });
});
