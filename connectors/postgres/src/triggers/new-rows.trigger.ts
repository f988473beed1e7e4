import { defineTrigger, NonRetryableError } from '@tributary/connector-sdk';
import type pg from 'pg';
import { z } from 'zod';
import { PostgresAuth } from '../auth';
import { withPostgresClient } from '../client';
import { ColumnName, quoteIdentifier, quoteTable, TableName } from '../sql-identifier';
import { filterConditions, RowFilter } from './row-filter';

export const NewRowsInput = z.strictObject({
  table: TableName,
  cursorColumn: ColumnName.describe(
    'A column that only grows for new or changed rows: a serial id, or an updated_at timestamp',
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

/** A row: column name → JSON value (numeric and bigint as strings, timestamps as ISO strings, bytea as base64). */
export const NewRowPayload = z.record(z.string(), z.unknown());

/**
 * Where the previous poll stopped: the text form of the last emitted row's
 * cursor and key values (text keeps the microseconds a JS Date would drop).
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
    'Emits rows whose cursor column (serial id or updated_at) grew since the last poll, oldest first; an updated row is emitted again.',
  auth: PostgresAuth,
  input: NewRowsInput,
  payload: NewRowPayload,
  async poll(ctx, input, { cursor }) {
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    if (cursor === undefined && input.startFrom === 'now') {
      const newest = await withPostgresClient(ctx.auth, options, (client) => newestPosition(client, input));
      ctx.logger.debug('newRows: starting after the newest row', { cursor: newest });
      return { events: [], cursor: newest };
    }
    const after = cursor === undefined ? { value: null, key: null } : parseCursor(cursor);
    const rows = await withPostgresClient(ctx.auth, options, (client) => rowsAfter(client, input, after));
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
 * Rows strictly after the cursor in (cursor, key) order, one more than a batch
 * so the caller knows whether more are waiting. The row comparison makes rows
 * that share a timestamp follow each other by key: none is skipped, none repeated.
 */
async function rowsAfter(client: pg.Client, input: Input, after: RowCursor): Promise<Record<string, unknown>[]> {
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
  values.push(input.batchSize + 1);
  const { rows } = await client.query<Record<string, unknown>>(
    `SELECT ${columns}, ${asText(cursorColumn)} AS ${CURSOR_ALIAS}, ${asText(keyColumn)} AS ${KEY_ALIAS}` +
      ` FROM ${quoteTable(input.table)} WHERE ${conditions.join(' AND ')}` +
      ` ORDER BY ${cursorColumn}, ${keyColumn} LIMIT $${values.length}`,
    values,
  );
  return rows;
}

/** JSON's text form of a value: ISO 8601 for timestamps (with offset for timestamptz), whatever the DateStyle. */
function asText(column: string): string {
  return `to_jsonb(${column}) #>> '{}'`;
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
