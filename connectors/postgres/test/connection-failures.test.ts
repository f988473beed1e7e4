import { executeAction, NonRetryableError, RetryableError, type ConnectorError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import type { PostgresAuth } from '../src/auth';
import connector from '../src/index';
import { auth, SECRET } from './test-database';

function selectOne(connection: PostgresAuth) {
  return executeAction(connector, 'query', {
    input: { sql: 'SELECT 1', timeoutMs: 5_000 },
    auth: connection,
    idempotencyKey: 'run_test:step_query',
  });
}

function expectNoSecret(error: ConnectorError) {
  expect([error.message, error.stack ?? '', JSON.stringify(error)].join('\n')).not.toContain(SECRET);
}

describe('postgres connector: connection failures', () => {
  it('reports a login the server refuses as non-retryable AUTH_FAILED, without the password', async () => {
    const error = await expectRejection(selectOne({ ...auth, user: 'no_such_role_tributary' }), NonRetryableError);

    expect(error.code).toBe('AUTH_FAILED');
    expect(error.details).toMatchObject({ sqlState: '28000' });
    expect(error.message).toContain('no_such_role_tributary');
    expectNoSecret(error);
  });

  it('reports a database that does not exist as non-retryable DATABASE_NOT_FOUND', async () => {
    const error = await expectRejection(selectOne({ ...auth, database: 'no_such_db_tributary' }), NonRetryableError);

    expect(error.code).toBe('DATABASE_NOT_FOUND');
    expect(error.details).toMatchObject({ sqlState: '3D000' });
    expectNoSecret(error);
  });

  it('reports a refused connection as retryable CONNECTION_FAILED', async () => {
    const error = await expectRejection(selectOne({ ...auth, port: 1 }), RetryableError);

    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toContain('127.0.0.1:1/postgres');
    expect(error.message).toContain('ECONNREFUSED');
    expectNoSecret(error);
  });
});
