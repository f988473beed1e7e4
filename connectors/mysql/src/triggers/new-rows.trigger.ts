import { defineTrigger, NonRetryableError } from '@tributary/connector-sdk';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import { MysqlAuth } from '../auth';
import { withMysqlConnection } from '../client';
import { ColumnName, quoteIdentifier, quoteTable, TableName } from '../sql-identifier';
import { filterConditions, RowFilter } from './row-filter';

export const NewRowsInput = z.strictObject({
  table: TableName,
  cursorColumn: ColumnName.describe(
    'A column that only grows for new or changed rows: an AUTO_INCREMENT id, or an updated_at DATETIME(6)',
  ),
  keyColumn: ColumnName.default('id').describe(
    'Primary key; orders rows that share a cursor value, so none is lost or repeated',
  ),
  columns: z
    .array(ColumnName)
    .min(1)
    .max(200)
    .optional()
    .describe('Columns each event carries; all columns (*) when left out'),
  where: z
    .array(RowFilter)
    .max(20)
    .optional()
    .describe('Only rows matching every condition (structured, never raw SQL)'),
  startFrom: z
    .enum(['now', 'beginning'])
    .default('now')
    .describe('First poll: "now" emits nothing and remembers the newest row; "beginning" emits every existing row'),
  batchSize: z.number().int().min(1).max(1000).default(100).describe('Most rows one poll emits'),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Limit for connecting and the query'),
});
export type NewRowsInput = z.input<typeof NewRowsInput>;

/** A row: column name → JSON value (as the query action returns it; BLOBs as base64). */
export const NewRowPayload = z.record(z.string(), z.unknown());

/**
 * Where the previous poll stopped: the server's text form of the last emitted
 * row's cursor and key (`CAST(… AS CHAR)` keeps DATETIME(6) microseconds).
 * Both null: before the first row, i.e. the table was empty when polling began.
 */
const RowCursor = z.object({ value: z.string().nullable(), key: z.string().nullable() });
export type RowCursor = z.output<typeof RowCursor>;

// Aliases for the cursor and key as text; removed from the payload again.
const CURSOR_ALIAS = '__tributary_cursor';
const KEY_ALIAS = '__tributary_key';

export const newRows = defineTrigger({
  type: 'polling',
  name: 'newRows',
  displayName: 'New or updated rows',
  description:
    'Emits rows whose cursor column (AUTO_INCREMENT id or updated_at) grew since the last poll, oldest first; an updated row is emitted again.',
  auth: MysqlAuth,
  input: NewRowsInput,
  payload: NewRowPayload,
  async poll(ctx, input, { cursor }) {
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    if (cursor === undefined && input.startFrom === 'now') {
      const newest = await withMysqlConnection(ctx.auth, options, (connection) => newestPosition(connection, input));
      ctx.logger.debug('newRows: starting after the newest row', { cursor: newest });
      return { events: [], cursor: newest };
    }
    const after = cursor === undefined ? { value: null, key: null } : parseCursor(cursor);
    const rows = await withMysqlConnection(ctx.auth, options, (connection) => rowsAfter(connection, input, after));
    const page = rows.slice(0, input.batchSize);
    const events = page.map((row) => {
      const { [CURSOR_ALIAS]: value, [KEY_ALIAS]: key, ...columns } = row;
      return { id: `${String(key)}@${String(value)}`, payload: jsonSafeRow(columns) };
    });
    const last = page.at(-1);
    return {
      events,
      cursor: last === undefined ? after : { value: String(last[CURSOR_ALIAS]), key: String(last[KEY_ALIAS]) },
      hasMore: rows.length > input.batchSize,
    };
  },
});

type Input = z.output<typeof NewRowsInput>;

/** The newest row's position, so that polling starts "now". */
async function newestPosition(connection: Connection, input: Input): Promise<RowCursor> {
  const cursorColumn = quoteIdentifier(input.cursorColumn);
  const keyColumn = quoteIdentifier(input.keyColumn);
  const [rows] = await connection.execute<RowDataPacket[]>({
    sql:
      `SELECT CAST(${cursorColumn} AS CHAR) AS cursor_value, CAST(${keyColumn} AS CHAR) AS key_value` +
      ` FROM ${quoteTable(input.table)} WHERE ${cursorColumn} IS NOT NULL` +
      ` ORDER BY ${cursorColumn} DESC, ${keyColumn} DESC LIMIT 1`,
    timeout: input.timeoutMs,
  });
  const newest = rows[0];
  return newest === undefined
    ? { value: null, key: null }
    : { value: String(newest['cursor_value']), key: String(newest['key_value']) };
}

/**
 * Rows strictly after the cursor in (cursor, key) order, one more than a batch
 * so the caller knows whether more are waiting. The key orders rows that share
 * a timestamp: none is skipped, none repeated. Written as `c > ? OR (c = ? AND k > ?)`
 * rather than a row comparison so MariaDB uses an index on the cursor column.
 */
async function rowsAfter(connection: Connection, input: Input, after: RowCursor): Promise<Record<string, unknown>[]> {
  const cursorColumn = quoteIdentifier(input.cursorColumn);
  const keyColumn = quoteIdentifier(input.keyColumn);
  const values: unknown[] = [];
  const conditions = [`${cursorColumn} IS NOT NULL`];
  if (after.value !== null) {
    const value = bindable(after.value);
    values.push(value, value, bindable(after.key ?? ''));
    conditions.push(`(${cursorColumn} > ? OR (${cursorColumn} = ? AND ${keyColumn} > ?))`);
  }
  conditions.push(...filterConditions(input.where ?? [], values));
  const columns = input.columns?.map(quoteIdentifier).join(', ') ?? '*';
  const [rows] = await connection.execute<RowDataPacket[]>({
    sql:
      `SELECT ${columns}, CAST(${cursorColumn} AS CHAR) AS ${CURSOR_ALIAS}, CAST(${keyColumn} AS CHAR) AS ${KEY_ALIAS}` +
      ` FROM ${quoteTable(input.table)} WHERE ${conditions.join(' AND ')}` +
      // batchSize is a validated integer; LIMIT takes no placeholder in every server version
      ` ORDER BY ${cursorColumn}, ${keyColumn} LIMIT ${input.batchSize + 1}`,
    values,
    timeout: input.timeoutMs,
  });
  return rows.map((row) => ({ ...row }));
}

/**
 * MySQL compares an integer column with a string as floating-point numbers,
 * which is inexact beyond 2^53: integers travel as numbers. Timestamps stay
 * strings, which the server converts to the column's DATETIME.
 */
function bindable(text: string): string | number {
  if (/^-?(0|[1-9]\d*)$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  return text;
}

function parseCursor(cursor: unknown): RowCursor {
  const parsed = RowCursor.safeParse(cursor);
  if (!parsed.success) {
    throw new NonRetryableError('The stored cursor of newRows is not { value, key }: reset the trigger', {
      code: 'INVALID_CURSOR',
    });
  }
  return parsed.data;
}

/** BLOB/BINARY columns arrive as Buffers: base64 keeps them JSON. Everything else the driver returns is already JSON. */
function jsonSafeRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? value.toString() : value,
    ]),
  );
}
