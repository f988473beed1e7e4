import { executeAction, InvalidInputError, NonRetryableError, type Connector } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import { adminQuery, auth, uniqueTableName } from './test-database';

const table = uniqueTableName('pg_write_test');
const write = { auth, idempotencyKey: 'run_test:step_write' };

beforeAll(async () => {
  await adminQuery(
    `CREATE TABLE ${table} (id serial PRIMARY KEY, tag text UNIQUE NOT NULL, kind text DEFAULT 'unknown', temp numeric)`,
  );
});
beforeEach(async () => {
  await adminQuery(`TRUNCATE ${table} RESTART IDENTITY`);
});
afterAll(async () => {
  await adminQuery(`DROP TABLE IF EXISTS ${table}`);
});

describe('postgres connector: insert action', () => {
  it('inserts rows of different shapes in one statement, defaulting the columns a row leaves out', async () => {
    const output = await executeAction(connector, 'insert', {
      ...write,
      input: {
        table: `public.${table}`,
        rows: [
          { tag: 'P-1', temp: 40.5 },
          { tag: 'P-2', kind: 'pump' },
        ],
        returning: ['id', 'tag'],
      },
    });

    expect(output).toEqual({
      rowCount: 2,
      rows: [
        { id: 1, tag: 'P-1' },
        { id: 2, tag: 'P-2' },
      ],
    });
    expect(await adminQuery(`SELECT tag, kind, temp FROM ${table} ORDER BY id`)).toEqual([
      { tag: 'P-1', kind: 'unknown', temp: '40.5' },
      { tag: 'P-2', kind: 'pump', temp: null },
    ]);
  });

  it('returns no rows when none are asked for', async () => {
    const output = await executeAction(connector, 'insert', { ...write, input: { table, rows: [{ tag: 'X' }] } });
    expect(output).toEqual({ rowCount: 1 });
  });

  it('rejects unsafe table and column names, naming the field, before running anything', async () => {
    const loaded: Connector = connector;
    const error = await expectRejection(
      executeAction(loaded, 'insert', {
        ...write,
        input: {
          table: `${table}; DROP TABLE ${table}`,
          rows: [{ tag: 'ok' }, { 'tag"': 'x' }],
          returning: ['id desc'],
        },
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['table', 'rows.1.tag"', 'returning.0']);
    expect(error.message).toContain('table: must be a table name');
    expect(await adminQuery(`SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
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

  it('fails a NOT NULL violation with SQLSTATE 23502 and the column', async () => {
    const error = await expectRejection(
      executeAction(connector, 'insert', { ...write, input: { table, rows: [{ kind: 'pump' }] } }),
      NonRetryableError,
    );
    expect(error.code).toBe('SQL_ERROR');
    expect(error.details).toMatchObject({ sqlState: '23502', column: 'tag' });
  });
});

describe('postgres connector: upsert action', () => {
  it('inserts new rows and updates existing ones on the conflict columns', async () => {
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

    expect(output).toEqual({ rowCount: 2 });
    expect(await adminQuery(`SELECT tag, kind, temp FROM ${table} ORDER BY tag`)).toEqual([
      { tag: 'P-1', kind: 'pump', temp: '55' },
      { tag: 'P-2', kind: 'fan', temp: '20' },
    ]);
  });

  it('updates every given column except the conflict columns by default', async () => {
    await adminQuery(`INSERT INTO ${table} (tag, kind, temp) VALUES ('P-1', 'pump', 40)`);
    await executeAction(connector, 'upsert', {
      ...write,
      input: { table, rows: [{ tag: 'P-1', kind: 'valve', temp: 1 }], conflictColumns: ['tag'] },
    });
    expect(await adminQuery(`SELECT tag, kind, temp FROM ${table}`)).toEqual([
      { tag: 'P-1', kind: 'valve', temp: '1' },
    ]);
  });

  it('fails with SQLSTATE 42P10 when no unique index matches the conflict columns', async () => {
    const error = await expectRejection(
      executeAction(connector, 'upsert', {
        ...write,
        input: { table, rows: [{ tag: 'P-1', kind: 'x' }], conflictColumns: ['kind'] },
      }),
      NonRetryableError,
    );
    expect(error.details).toMatchObject({ sqlState: '42P10' });
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
