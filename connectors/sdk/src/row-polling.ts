import { z } from 'zod';
import type { ConnectorLogger } from './connector-logger';
import type { PollResult } from './define-trigger';
import { NonRetryableError } from './errors';

/**
 * Polling a SQL table for new or changed rows: the trigger input, the cursor
 * and the poll loop that every database connector shares. A connector adds
 * only its dialect: the identifier schemas, the SQL of two queries and how its
 * driver's values become JSON. Nothing here knows a driver.
 */

/** The identifier schemas of a dialect (each connector's `sql-identifier.ts`) and its wording. */
export interface RowPollingInputOptions {
  tableName: z.ZodString;
  columnName: z.ZodString;
  /** what makes a good cursor column in this database, e.g. "a serial id, or an updated_at timestamp" */
  cursorColumnDescription: string;
}

/**
 * The input of a polling trigger on a table.
 *
 * @example
 * export const NewRowsInput = rowPollingInput({
 *   tableName: TableName,
 *   columnName: ColumnName,
 *   cursorColumnDescription: 'A column that only grows for new or changed rows: a serial id, or an updated_at timestamp',
 * });
 */
export function rowPollingInput(options: RowPollingInputOptions) {
  const { tableName, columnName, cursorColumnDescription } = options;
  return z.strictObject({
    table: tableName,
    cursorColumn: columnName.describe(cursorColumnDescription),
    keyColumn: columnName
      .default('id')
      .describe('Primary key; orders rows that share a cursor value, so none is lost or repeated'),
    columns: z
      .array(columnName)
      .min(1)
      .max(200)
      .optional()
      .describe('Columns each event carries; all columns (*) when left out'),
    where: z
      .array(rowFilter(columnName))
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
}
export type RowPollingInput = z.output<ReturnType<typeof rowPollingInput>>;

const FilterValue = z.union([z.string(), z.number(), z.boolean()]);

/**
 * One condition of the structured `where`; conditions are joined with AND.
 * There is no raw SQL on purpose: a trigger polls every few seconds with the
 * connection's rights, so its configuration must not be able to carry a
 * statement. The connector quotes the validated column and binds the value.
 *
 * @example
 * rowFilter(ColumnName).parse({ column: 'status', operator: 'in', value: ['open', 'held'] });
 */
export function rowFilter(columnName: z.ZodString) {
  return z.discriminatedUnion('operator', [
    z.strictObject({
      column: columnName,
      operator: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']),
      value: FilterValue,
    }),
    z.strictObject({
      column: columnName,
      operator: z.literal('in'),
      value: z.array(FilterValue).min(1).max(1000),
    }),
    z.strictObject({ column: columnName, operator: z.enum(['isNull', 'isNotNull']) }),
  ]);
}
export type RowFilter = z.output<ReturnType<typeof rowFilter>>;

/**
 * Where the previous poll stopped: the database's text form of the last
 * emitted row's cursor and key values (text keeps the microseconds a JS Date
 * would drop). Both null: before the first row, i.e. the table was empty when
 * polling began.
 */
export const RowCursor = z.object({ value: z.string().nullable(), key: z.string().nullable() });
export type RowCursor = z.output<typeof RowCursor>;

/**
 * The stored cursor as a {@link RowCursor}; anything else is a non-retryable
 * `INVALID_CURSOR`, since polling again cannot repair it.
 *
 * @example
 * const after = parseRowCursor(cursor, 'newRows');
 */
export function parseRowCursor(cursor: unknown, triggerName: string): RowCursor {
  const parsed = RowCursor.safeParse(cursor);
  if (!parsed.success) {
    throw new NonRetryableError(`The stored cursor of ${triggerName} is not { value, key }: reset the trigger`, {
      code: 'INVALID_CURSOR',
    });
  }
  return parsed.data;
}

/** A row as the dialect read it: its cursor and key as text, and the payload it becomes. */
export interface PolledRow {
  cursor: string;
  key: string;
  payload: Record<string, unknown>;
}

export interface PollRowsOptions {
  /** names the trigger in log lines and errors */
  triggerName: string;
  input: Pick<RowPollingInput, 'startFrom' | 'batchSize'>;
  /** the previous poll's cursor; `undefined` on the very first poll */
  cursor: unknown;
  logger: ConnectorLogger;
  /** the newest row's position, or both null for an empty table */
  newestPosition: () => Promise<RowCursor>;
  /**
   * Up to `limit` rows strictly after `after` in (cursor, key) order, oldest
   * first; `after.value` null means from the first row.
   */
  rowsAfter: (after: RowCursor, limit: number) => Promise<PolledRow[]>;
}

/**
 * One poll of a table: on the first poll with `startFrom: 'now'` it only
 * remembers the newest row; otherwise it emits up to `batchSize` rows after
 * the cursor, each with the id `<key>@<cursor>` so an updated row (new cursor
 * value) is a new event. It asks for one row more than a batch to know
 * whether more are waiting.
 *
 * @example
 * poll: (ctx, input, { cursor }) =>
 *   pollRows({
 *     triggerName: 'newRows',
 *     input,
 *     cursor,
 *     logger: ctx.logger,
 *     newestPosition: () => withClient(ctx.auth, (client) => newestPosition(client, input)),
 *     rowsAfter: (after, limit) => withClient(ctx.auth, (client) => rowsAfter(client, input, after, limit)),
 *   }),
 */
export async function pollRows(options: PollRowsOptions): Promise<PollResult<Record<string, unknown>>> {
  const { triggerName, input, cursor, logger } = options;
  if (cursor === undefined && input.startFrom === 'now') {
    const newest = await options.newestPosition();
    logger.debug(`${triggerName}: starting after the newest row`, { cursor: newest });
    return { events: [], cursor: newest };
  }
  const after = cursor === undefined ? { value: null, key: null } : parseRowCursor(cursor, triggerName);
  const rows = await options.rowsAfter(after, input.batchSize + 1);
  const page = rows.slice(0, input.batchSize);
  const last = page.at(-1);
  return {
    events: page.map((row) => ({ id: `${row.key}@${row.cursor}`, payload: row.payload })),
    cursor: last === undefined ? after : { value: last.cursor, key: last.key },
    hasMore: rows.length > input.batchSize,
  };
}
