import { defineTrigger, pollRows, rowPollingInput, type PolledRow, type RowCursor } from '@tributary/connector-sdk';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import { MysqlAuth } from '../auth';
import { withMysqlConnection } from '../client';
import { ColumnName, quoteIdentifier, quoteTable, TableName } from '../sql-identifier';
import { filterConditions } from './row-filter';

export const NewRowsInput = rowPollingInput({
  tableName: TableName,
  columnName: ColumnName,
  cursorColumnDescription:
    'A column that only grows for new or changed rows: an AUTO_INCREMENT id, or an updated_at DATETIME(6)',
});
export type NewRowsInput = z.input<typeof NewRowsInput>;

/** A row: column name → JSON value (as the query action returns it; BLOBs as base64). */
export const NewRowPayload = z.record(z.string(), z.unknown());

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
  poll(ctx, input, { cursor }) {
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    return pollRows({
      triggerName: 'newRows',
      input,
      cursor,
      logger: ctx.logger,
      newestPosition: () => withMysqlConnection(ctx.auth, options, (connection) => newestPosition(connection, input)),
      rowsAfter: (after, limit) =>
        withMysqlConnection(ctx.auth, options, (connection) => rowsAfter(connection, input, after, limit)),
    });
  },
});

type Input = z.output<typeof NewRowsInput>;

/**
 * The newest row's position, so that polling starts "now". The cursor holds
 * the server's text form (`CAST(… AS CHAR)` keeps DATETIME(6) microseconds).
 */
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
 * Rows strictly after the cursor in (cursor, key) order. The key orders rows
 * that share a timestamp: none is skipped, none repeated. Written as
 * `c > ? OR (c = ? AND k > ?)` rather than a row comparison so MariaDB uses an
 * index on the cursor column.
 */
async function rowsAfter(connection: Connection, input: Input, after: RowCursor, limit: number): Promise<PolledRow[]> {
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
      // limit is a validated integer; LIMIT takes no placeholder in every server version
      ` ORDER BY ${cursorColumn}, ${keyColumn} LIMIT ${limit}`,
    values,
    timeout: input.timeoutMs,
  });
  return rows.map(({ [CURSOR_ALIAS]: value, [KEY_ALIAS]: key, ...row }) => ({
    cursor: String(value),
    key: String(key),
    payload: jsonSafeRow(row),
  }));
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

/** BLOB/BINARY columns arrive as Buffers: base64 keeps them JSON. Everything else the driver returns is already JSON. */
function jsonSafeRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column,
      Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? value.toString() : value,
    ]),
  );
}
