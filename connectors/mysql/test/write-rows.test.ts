import { executeAction, InvalidInputError, NonRetryableError, type Connector } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import { adminQuery, auth, uniqueName } from './test-database';

const table = uniqueName('mysql_write_test');
const write = { auth, idempotencyKey: 'run_test:step_write' };

beforeAll(async () => {
  await adminQuery(
    `CREATE TABLE ${table} (id INT AUTO_INCREMENT PRIMARY KEY, tag VARCHAR(32) NOT NULL UNIQUE, kind VARCHAR(32) DEFAULT 'unknown', temp DECIMAL(6,1))`,
  );
});
beforeEach(async () => {
  await adminQuery(`TRUNCATE TABLE ${table}`);
});
afterAll(async () => {
  await adminQuery(`DROP TABLE IF EXISTS ${table}`);
});

describe('mysql connector: insert action', () => {
  it('inserts rows of different shapes in one statement, defaulting the columns a row leaves out', async () => {
    const output = await executeAction(connector, 'insert', {
      ...write,
      input: {
        table: `test.${table}`,
        rows: [
          { tag: 'P-1', temp: 40.5 },
          { tag: 'P-2', kind: 'pump' },
        ],
      },
    });

    expect(output).toEqual({ rowCount: 2, insertId: 1 });
    expect(await adminQuery(`SELECT tag, kind, temp FROM ${table} ORDER BY id`)).toEqual([
      { tag: 'P-1', kind: 'unknown', temp: '40.5' },
      { tag: 'P-2', kind: 'pump', temp: null },
    ]);
  });

  it('returns the asked-for columns with RETURNING on MariaDB', async () => {
    const output = await executeAction(connector, 'insert', {
      ...write,
      input: { table, rows: [{ tag: 'A' }, { tag: 'B' }], returning: ['id', 'tag'] },
    });
    expect(output).toEqual({
      rowCount: 2,
      rows: [
        { id: 1, tag: 'A' },
        { id: 2, tag: 'B' },
      ],
    });
  });

  it('rejects unsafe table and column names, naming the field, before running anything', async () => {
    const loaded: Connector = connector;
    const error = await expectRejection(
      executeAction(loaded, 'insert', {
        ...write,
        input: {
          table: `${table}; DROP TABLE ${table}`,
          rows: [{ tag: 'ok' }, { 'tag`': 'x' }],
          returning: ['id desc'],
        },
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['table', 'rows.1.tag`', 'returning.0']);
    expect(error.message).toContain('table: must be a table name');
    expect(await adminQuery(`SELECT COUNT(*) AS n FROM ${table}`)).toEqual([{ n: 0 }]);
  });

  it('rejects an empty list of rows and more than 1000 rows', async () => {
    const loaded: Connector = connector;
    for (const rows of [[], Array.from({ length: 1001 }, (_, i) => ({ tag: `T-${i}` }))]) {
      const error = await expectRejection(
        executeAction(loaded, 'insert', { ...write, input: { table, rows } }),
        InvalidInputError,
      );
      expect(error.issues.map((issue) => issue.path)).toEqual(['rows']);
    }
  });

  it('fails a NOT NULL violation with errno 1364 and its SQLSTATE', async () => {
    const error = await expectRejection(
      executeAction(connector, 'insert', { ...write, input: { table, rows: [{ kind: 'pump' }] } }),
      NonRetryableError,
    );
    expect(error.code).toBe('SQL_ERROR');
    expect(error.details).toMatchObject({ errno: 1364, sqlState: 'HY000' });
  });
});

describe('mysql connector: upsert action', () => {
  it('inserts new rows and updates existing ones on a duplicate key', async () => {
    await adminQuery(`INSERT INTO ${table} (tag, kind, temp) VALUES ('P-1', 'pump', 40)`);
    const output = await executeAction(connector, 'upsert', {
      ...write,
      input: {
        table,
        rows: [
          { tag: 'P-1', temp: 55 },
          { tag: 'P-2', kind: 'fan', temp: 20 },
        ],
        conflictColumns: ['tag'],
        updateColumns: ['temp'],
      },
    });

    expect(output).toEqual({ rowCount: 2, affectedRows: 3 });
    expect(await adminQuery(`SELECT tag, kind, temp FROM ${table} ORDER BY tag`)).toEqual([
      { tag: 'P-1', kind: 'pump', temp: '55.0' },
      { tag: 'P-2', kind: 'fan', temp: '20.0' },
    ]);
  });

  it('updates every given column except the conflict columns by default', async () => {
    await adminQuery(`INSERT INTO ${table} (tag, kind, temp) VALUES ('P-1', 'pump', 40)`);
    await executeAction(connector, 'upsert', {
      ...write,
      input: { table, rows: [{ tag: 'P-1', kind: 'valve', temp: 1 }], conflictColumns: ['tag'] },
    });
    expect(await adminQuery(`SELECT tag, kind, temp FROM ${table}`)).toEqual([
      { tag: 'P-1', kind: 'valve', temp: '1.0' },
    ]);
  });

  it('requires conflict columns, naming the field', async () => {
    const loaded: Connector = connector;
    const error = await expectRejection(
      executeAction(loaded, 'upsert', { ...write, input: { table, rows: [{ tag: 'a' }], conflictColumns: [] } }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['conflictColumns']);
  });
});
