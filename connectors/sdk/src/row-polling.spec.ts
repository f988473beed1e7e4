import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger, type LogFields } from './connector-logger';
import { NonRetryableError } from './errors';
import { parseRowCursor, pollRows, rowFilter, rowPollingInput, type PolledRow, type RowCursor } from './row-polling';
import { expectRejection } from './testing/expect-rejection';

const ColumnName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a column name');
const TableName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a table name');
const Input = rowPollingInput({
  tableName: TableName,
  columnName: ColumnName,
  cursorColumnDescription: 'A column that only grows',
});

/** A table in memory, ordered by (cursor, key) as the databases compare them; cursor and key are numbers here. */
function tableOf(...positions: [cursor: number, key: number][]): PolledRow[] {
  return positions
    .toSorted(([c1, k1], [c2, k2]) => c1 - c2 || k1 - k2)
    .map(([cursor, key]) => ({ cursor: String(cursor), key: String(key), payload: { id: key, version: cursor } }));
}

function after(rows: PolledRow[], position: RowCursor, limit: number): PolledRow[] {
  const isAfter = (row: PolledRow) =>
    position.value === null ||
    Number(row.cursor) > Number(position.value) ||
    (Number(row.cursor) === Number(position.value) && Number(row.key) > Number(position.key));
  return rows.filter(isAfter).slice(0, limit);
}

function poll(rows: PolledRow[], cursor: unknown, input: z.input<typeof Input> = { table: 't', cursorColumn: 'v' }) {
  const requests: { after: RowCursor; limit: number }[] = [];
  const result = pollRows({
    triggerName: 'newRows',
    input: Input.parse(input),
    cursor,
    logger: silentLogger,
    newestPosition: () => {
      const newest = rows.at(-1);
      return Promise.resolve(newest ? { value: newest.cursor, key: newest.key } : { value: null, key: null });
    },
    rowsAfter: (position, limit) => {
      requests.push({ after: position, limit });
      return Promise.resolve(after(rows, position, limit));
    },
  });
  return { result, requests };
}

describe('rowPollingInput', () => {
  it('fills the defaults: key column id, start from now, 100 rows a poll, 30 s timeout', () => {
    expect(Input.parse({ table: 'orders', cursorColumn: 'updated_at' })).toEqual({
      table: 'orders',
      cursorColumn: 'updated_at',
      keyColumn: 'id',
      startFrom: 'now',
      batchSize: 100,
      timeoutMs: 30_000,
    });
  });

  it("names the offending field with the dialect's identifier message", () => {
    const parsed = Input.safeParse({ table: 'orders', cursorColumn: 'updated_at; DROP TABLE orders' });
    expect(parsed.error?.issues).toMatchObject([{ path: ['cursorColumn'], message: 'must be a column name' }]);
  });

  it("describes the cursor column in the connector's words", () => {
    expect(z.toJSONSchema(Input)).toMatchObject({
      properties: { cursorColumn: { description: 'A column that only grows' } },
    });
  });

  it('rejects unknown fields and batch sizes outside 1..1000', () => {
    expect(Input.safeParse({ table: 't', cursorColumn: 'v', sql: 'SELECT 1' }).success).toBe(false);
    expect(Input.safeParse({ table: 't', cursorColumn: 'v', batchSize: 1001 }).error?.issues[0]?.path).toEqual([
      'batchSize',
    ]);
  });
});

describe('rowFilter', () => {
  const Filter = rowFilter(ColumnName);

  it('accepts comparisons, in-lists and null checks', () => {
    expect(Filter.parse({ column: 'status', operator: 'eq', value: 'open' })).toEqual({
      column: 'status',
      operator: 'eq',
      value: 'open',
    });
    expect(Filter.parse({ column: 'site', operator: 'in', value: [1, 'B'] })).toEqual({
      column: 'site',
      operator: 'in',
      value: [1, 'B'],
    });
    expect(Filter.parse({ column: 'deleted_at', operator: 'isNull' })).toEqual({
      column: 'deleted_at',
      operator: 'isNull',
    });
  });

  it('rejects raw SQL in a column, an empty in-list, a value on a null check and unknown operators', () => {
    expect(Filter.safeParse({ column: '1=1 OR x', operator: 'eq', value: 1 }).error?.issues[0]?.path).toEqual([
      'column',
    ]);
    expect(Filter.safeParse({ column: 'site', operator: 'in', value: [] }).error?.issues[0]?.path).toEqual(['value']);
    expect(Filter.safeParse({ column: 'site', operator: 'isNull', value: 1 }).success).toBe(false);
    expect(Filter.safeParse({ column: 'site', operator: 'like', value: '%' }).success).toBe(false);
  });
});

describe('parseRowCursor', () => {
  it('returns a stored { value, key }, including the empty-table position', () => {
    expect(parseRowCursor({ value: '7', key: '3' }, 'newRows')).toEqual({ value: '7', key: '3' });
    expect(parseRowCursor({ value: null, key: null }, 'newRows')).toEqual({ value: null, key: null });
  });

  it('rejects anything else as non-retryable INVALID_CURSOR naming the trigger', () => {
    let error: unknown;
    try {
      parseRowCursor('yesterday', 'newRows');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NonRetryableError);
    expect(error).toMatchObject({
      code: 'INVALID_CURSOR',
      message: 'The stored cursor of newRows is not { value, key }: reset the trigger',
    });
  });
});

describe('pollRows', () => {
  it('starting from now emits nothing, reads no rows and remembers the newest row', async () => {
    const logged: LogFields[] = [];
    const result = await pollRows({
      triggerName: 'newRows',
      input: { startFrom: 'now', batchSize: 10 },
      cursor: undefined,
      logger: { ...silentLogger, debug: (_message, fields) => logged.push(fields ?? {}) },
      newestPosition: () => Promise.resolve({ value: '2', key: '2' }),
      rowsAfter: () => Promise.reject(new Error('rowsAfter must not run on the first poll from now')),
    });
    expect(result).toEqual({ events: [], cursor: { value: '2', key: '2' } });
    expect(logged).toEqual([{ cursor: { value: '2', key: '2' } }]);
  });

  it('starting from the beginning emits a batch with ids <key>@<cursor>, asks for one more and says more wait', async () => {
    const rows = tableOf([10, 1], [10, 2], [11, 3]);
    const { result, requests } = poll(rows, undefined, {
      table: 't',
      cursorColumn: 'v',
      startFrom: 'beginning',
      batchSize: 2,
    });
    expect(await result).toEqual({
      events: [
        { id: '1@10', payload: { id: 1, version: 10 } },
        { id: '2@10', payload: { id: 2, version: 10 } },
      ],
      cursor: { value: '10', key: '2' },
      hasMore: true,
    });
    expect(requests).toEqual([{ after: { value: null, key: null }, limit: 3 }]);
  });

  it('continues after the stored cursor, so rows sharing a cursor value are neither lost nor repeated', async () => {
    const rows = tableOf([10, 1], [10, 2], [11, 3]);
    const { result, requests } = poll(rows, { value: '10', key: '1' }, { table: 't', cursorColumn: 'v', batchSize: 2 });
    expect(await result).toEqual({
      events: [
        { id: '2@10', payload: { id: 2, version: 10 } },
        { id: '3@11', payload: { id: 3, version: 11 } },
      ],
      cursor: { value: '11', key: '3' },
      hasMore: false,
    });
    expect(requests[0]?.after).toEqual({ value: '10', key: '1' });
  });

  it('keeps the cursor when no new rows are there', async () => {
    const { result } = poll(tableOf([10, 1]), { value: '10', key: '1' });
    expect(await result).toEqual({ events: [], cursor: { value: '10', key: '1' }, hasMore: false });
  });

  it('rejects a stored cursor that is not { value, key } before reading rows', async () => {
    const { result, requests } = poll(tableOf([10, 1]), 'yesterday');
    const error = await expectRejection(result, NonRetryableError);
    expect(error.code).toBe('INVALID_CURSOR');
    expect(requests).toEqual([]);
  });
});
