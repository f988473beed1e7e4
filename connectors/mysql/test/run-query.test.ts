import {
  executeAction,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunQueryInput } from '../src/actions/run-query.action';
import connector from '../src/index';
import { adminQuery, auth, uniqueName } from './test-database';

const table = uniqueName('mysql_query_test');

function query(input: RunQueryInput, signal?: AbortSignal) {
  return executeAction(connector, 'query', {
    input,
    auth,
    idempotencyKey: 'run_test:step_query',
    ...(signal ? { signal } : {}),
  });
}

beforeAll(async () => {
  await adminQuery(
    `CREATE TABLE ${table} (id INT AUTO_INCREMENT PRIMARY KEY, tag VARCHAR(32) NOT NULL UNIQUE, temp DECIMAL(6,1))`,
  );
  await adminQuery(`INSERT INTO ${table} (tag, temp) VALUES ('P-1', 40.5), ('P-2', 71), ('F-1', NULL)`);
});
afterAll(async () => {
  await adminQuery(`DROP TABLE IF EXISTS ${table}`);
});

describe('mysql connector: query action', () => {
  it('returns rows, rowCount and fields of a parameterised SELECT', async () => {
    const output = await query({
      sql: `SELECT tag, temp FROM ${table} WHERE tag LIKE ? ORDER BY tag`,
      params: ['P-%'],
    });

    expect(output.rows).toEqual([
      { tag: 'P-1', temp: '40.5' },
      { tag: 'P-2', temp: '71.0' },
    ]);
    expect(output.rowCount).toBe(2);
    expect(output.fields?.map((field) => field.name)).toEqual(['tag', 'temp']);
  });

  it('binds parameters, so a value that looks like SQL is only ever a value', async () => {
    const output = await query({ sql: `SELECT COUNT(*) AS n FROM ${table} WHERE tag = ?`, params: [`x' OR '1'='1`] });
    expect(output.rows).toEqual([{ n: 0 }]);
  });

  it('reports the rows an UPDATE changed', async () => {
    const output = await query({ sql: `UPDATE ${table} SET temp = temp + ? WHERE temp IS NOT NULL`, params: [1] });
    expect(output).toMatchObject({ rows: [], rowCount: 2 });
  });

  it('fails a syntax error at once with its errno and SQLSTATE in the details', async () => {
    const error = await expectRejection(query({ sql: 'SELEC 1' }), NonRetryableError);
    expect(error.code).toBe('SQL_ERROR');
    expect(error.details).toMatchObject({ errno: 1064, code: 'ER_PARSE_ERROR', sqlState: '42000' });
  });

  it('fails a duplicate key with errno 1062', async () => {
    const error = await expectRejection(
      query({ sql: `INSERT INTO ${table} (tag) VALUES (?)`, params: ['P-1'] }),
      NonRetryableError,
    );
    expect(error.details).toMatchObject({ errno: 1062, code: 'ER_DUP_ENTRY', sqlState: '23000' });
  });

  it('times out a slow statement with a retryable TIMEOUT within the limit', async () => {
    const started = Date.now();
    const error = await expectRejection(query({ sql: 'SELECT SLEEP(5)', timeoutMs: 300 }), RetryableError);

    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe('Query timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rethrows a cancellation as the signal reason and stops waiting at once', async () => {
    const controller = new AbortController();
    const reason = new Error('run cancelled');
    setTimeout(() => controller.abort(reason), 200);
    const started = Date.now();

    await expect(query({ sql: 'SELECT SLEEP(5)' }, controller.signal)).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects invalid input naming the fields, without touching the database', async () => {
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker
    const error = await expectRejection(
      executeAction(loaded, 'query', {
        input: { sql: '', params: 'P-1', timeoutMs: 0 },
        auth: { ...auth, port: 1 }, // nothing listens there: reaching the database would fail differently
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['sql', 'params', 'timeoutMs']);
  });
});
