import { defineTrigger, pollRows, rowPollingInput, type PolledRow, type RowCursor } from '@tributary/connector-sdk';
import type pg from 'pg';
import { z } from 'zod';
import { PostgresAuth } from '../auth';
import { withPostgresClient } from '../client';
import { ColumnName, quoteIdentifier, quoteTable, TableName } from '../sql-identifier';
import { filterConditions } from './row-filter';

export const NewRowsInput = rowPollingInput({
  tableName: TableName,
  columnName: ColumnName,
  cursorColumnDescription: 'A column that only grows for new or changed rows: a serial id, or an updated_at timestamp',
});
export type NewRowsInput = z.input<typeof NewRowsInput>;

/** A row: column name → JSON value (numeric and bigint as strings, timestamps as ISO strings, bytea as base64). */
export const NewRowPayload = z.record(z.string(), z.unknown());

// Aliases for the cursor and key as text; removed from the payload again.
const CURSOR_ALIAS = '__tributary_cursor';
const KEY_ALIAS = '__tributary_key';

export const newRows = defineTrigger({
  type: 'polling',
  name: 'newRows',
  displayName: 'New or updated rows',
  description:
    'Emits rows whose cursor column (serial id or updated_at) grew since the last poll, oldest first; an updated row is emitted again.',
  auth: PostgresAuth,
  input: NewRowsInput,
  payload: NewRowPayload,
  poll(ctx, input, { cursor }) {
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    return pollRows({
      triggerName: 'newRows',
      input,
      cursor,
      logger: ctx.logger,
      newestPosition: () => withPostgresClient(ctx.auth, options, (client) => newestPosition(client, input)),
      rowsAfter: (after, limit) =>
        withPostgresClient(ctx.auth, options, (client) => rowsAfter(client, input, after, limit)),
    });
  },
});

type Input = z.output<typeof NewRowsInput>;

/** The newest row's position, so that polling starts "now". */
async function newestPosition(client: pg.Client, input: Input): Promise<RowCursor> {
  const cursorColumn = quoteIdentifier(input.cursorColumn);
  const keyColumn = quoteIdentifier(input.keyColumn);
  const { rows } = await client.query<{ value: string; key: string }>(
    `SELECT ${asText(cursorColumn)} AS value, ${asText(keyColumn)} AS key FROM ${quoteTable(input.table)}` +
      ` WHERE ${cursorColumn} IS NOT NULL ORDER BY ${cursorColumn} DESC, ${keyColumn} DESC LIMIT 1`,
  );
  return rows[0] ?? { value: null, key: null };
}

/**
 * Rows strictly after the cursor in (cursor, key) order. The row comparison
 * makes rows that share a timestamp follow each other by key: none is
 * skipped, none repeated.
 */
async function rowsAfter(client: pg.Client, input: Input, after: RowCursor, limit: number): Promise<PolledRow[]> {
  const cursorColumn = quoteIdentifier(input.cursorColumn);
  const keyColumn = quoteIdentifier(input.keyColumn);
  const values: unknown[] = [];
  const conditions = [`${cursorColumn} IS NOT NULL`];
  if (after.value !== null) {
    values.push(after.value, after.key);
    // The text parameters take the columns' types, so the comparison is the column's own ordering.
    conditions.push(`(${cursorColumn}, ${keyColumn}) > ($1, $2)`);
  }
  conditions.push(...filterConditions(input.where ?? [], values));
  const columns = input.columns?.map(quoteIdentifier).join(', ') ?? '*';
  values.push(limit);
  const { rows } = await client.query<Record<string, unknown>>(
    `SELECT ${columns}, ${asText(cursorColumn)} AS ${CURSOR_ALIAS}, ${asText(keyColumn)} AS ${KEY_ALIAS}` +
      ` FROM ${quoteTable(input.table)} WHERE ${conditions.join(' AND ')}` +
      ` ORDER BY ${cursorColumn}, ${keyColumn} LIMIT $${values.length}`,
    values,
  );
  return rows.map(({ [CURSOR_ALIAS]: value, [KEY_ALIAS]: key, ...row }) => ({
    cursor: String(value),
    key: String(key),
    payload: jsonSafeRow(row),
  }));
}

/** JSON's text form of a value: ISO 8601 for timestamps (with offset for timestamptz), whatever the DateStyle. */
function asText(column: string): string {
  return `to_jsonb(${column}) #>> '{}'`;
}

/** What `JSON.stringify` would make of the row, done here so the payload is stable data. */
function jsonSafeRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, jsonSafe(value)]));
}

function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  return value;
}
