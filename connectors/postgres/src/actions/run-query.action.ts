import { defineAction, NonRetryableError } from '@tributary/connector-sdk';
import type { QueryResult, QueryResultRow } from 'pg';
import { z } from 'zod';
import { PostgresAuth } from '../auth';
import { withPostgresClient } from '../client';

export const RunQueryInput = z.strictObject({
  sql: z.string().min(1).describe('One SQL statement; refer to parameters as $1, $2, …'),
  params: z
    .array(z.unknown())
    .optional()
    .describe('Values for $1, $2, … — always sent as bound parameters, never spliced into the SQL'),
  timeoutMs: z
    .number()
    .int()
    .positive()
    .max(600_000)
    .default(30_000)
    .describe('Limit for connecting and for the statement (statement_timeout)'),
});
export type RunQueryInput = z.input<typeof RunQueryInput>;

export const QueryField = z.object({
  name: z.string().describe('Column name as returned'),
  dataTypeId: z.number().int().describe('PostgreSQL type OID of the column'),
});

export const RunQueryOutput = z.object({
  rows: z.array(z.record(z.string(), z.unknown())).describe('Returned rows, one object per row'),
  rowCount: z.number().int().describe('Rows returned, or rows changed by INSERT/UPDATE/DELETE'),
  fields: z.array(QueryField).optional().describe('Columns of the result, in order'),
});
export type RunQueryOutput = z.output<typeof RunQueryOutput>;

export const runQuery = defineAction({
  name: 'query',
  displayName: 'Run SQL query',
  description: 'Runs one SQL statement with bound parameters and returns its rows.',
  auth: PostgresAuth,
  input: RunQueryInput,
  output: RunQueryOutput,
  async run(ctx, input) {
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    const result = await withPostgresClient(ctx.auth, options, async (client) =>
      lastResult(await client.query<Record<string, unknown>>({ text: input.sql, values: input.params ?? [] })),
    );
    ctx.logger.debug('query done', { command: result.command, rowCount: result.rowCount });
    return {
      rows: result.rows,
      rowCount: result.rowCount ?? result.rows.length,
      fields: result.fields.map((field) => ({ name: field.name, dataTypeId: field.dataTypeID })),
    };
  },
});

/** Without parameters pg sends the simple protocol, which runs `a; b` and answers with one result per statement. */
function lastResult<R extends QueryResultRow>(result: QueryResult<R> | QueryResult<R>[]): QueryResult<R> {
  if (!Array.isArray(result)) return result;
  const last = result.at(-1);
  if (last === undefined) throw new NonRetryableError('The SQL holds no statement', { code: 'EMPTY_QUERY' });
  return last;
}
