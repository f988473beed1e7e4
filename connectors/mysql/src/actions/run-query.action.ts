import { defineAction } from '@tributary/connector-sdk';
import type { FieldPacket, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { z } from 'zod';
import { MysqlAuth } from '../auth';
import { withMysqlConnection } from '../client';

export const RunQueryInput = z.strictObject({
  sql: z.string().min(1).describe('One SQL statement; refer to parameters as ?'),
  params: z
    .array(z.unknown())
    .optional()
    .describe('Values for the ? placeholders — sent as a prepared statement, never spliced into the SQL'),
  timeoutMs: z
    .number()
    .int()
    .positive()
    .max(600_000)
    .default(30_000)
    .describe('Limit for connecting and for the statement'),
});
export type RunQueryInput = z.input<typeof RunQueryInput>;

export const QueryField = z.object({
  name: z.string().describe('Column name as returned'),
  dataTypeId: z.number().int().optional().describe('MySQL protocol column type of the column'),
});

export const RunQueryOutput = z.object({
  rows: z.array(z.record(z.string(), z.unknown())).describe('Returned rows, one object per row'),
  rowCount: z.number().int().describe('Rows returned, or rows affected by INSERT/UPDATE/DELETE'),
  fields: z.array(QueryField).optional().describe('Columns of the result, in order (for statements that return rows)'),
});
export type RunQueryOutput = z.output<typeof RunQueryOutput>;

export const runQuery = defineAction({
  name: 'query',
  displayName: 'Run SQL query',
  description: 'Runs one SQL statement as a prepared statement with bound parameters and returns its rows.',
  auth: MysqlAuth,
  input: RunQueryInput,
  output: RunQueryOutput,
  async run(ctx, input) {
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    const [result, fields] = await withMysqlConnection(ctx.auth, options, (connection) =>
      connection.execute<RowDataPacket[] | ResultSetHeader>({
        sql: input.sql,
        values: (input.params ?? []).map(bindable),
        timeout: input.timeoutMs,
      }),
    );
    if (!Array.isArray(result)) return { rows: [], rowCount: result.affectedRows };
    return {
      rows: result.map((row) => ({ ...row })),
      rowCount: result.length,
      fields: (fields ?? []).map(describeField),
    };
  },
});

/** The driver refuses `undefined`; a missing value is SQL NULL. */
function bindable(value: unknown): unknown {
  return value === undefined ? null : value;
}

function describeField(field: FieldPacket): z.input<typeof QueryField> {
  return { name: field.name, ...(field.columnType === undefined ? {} : { dataTypeId: field.columnType }) };
}
