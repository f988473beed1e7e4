import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PostgresAuth } from '../auth';
import { withPostgresClient } from '../client';
import { buildInsertStatement, Row } from '../insert-statement';
import { ColumnName, TableName } from '../sql-identifier';

export const InsertRowsInput = z.strictObject({
  table: TableName,
  rows: z.array(Row).min(1).max(1000).describe('1 to 1000 rows, inserted in one statement'),
  returning: z
    .array(ColumnName)
    .optional()
    .describe('Columns to return from the inserted rows (RETURNING), e.g. ["id"]'),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Limit for connecting and inserting'),
});
export type InsertRowsInput = z.input<typeof InsertRowsInput>;

export const InsertRowsOutput = z.object({
  rowCount: z.number().int().describe('Rows inserted'),
  rows: z
    .array(z.record(z.string(), z.unknown()))
    .optional()
    .describe('The `returning` columns of each inserted row, when asked for'),
});
export type InsertRowsOutput = z.output<typeof InsertRowsOutput>;

export const insertRows = defineAction({
  name: 'insert',
  displayName: 'Insert rows',
  description: 'Inserts up to 1000 rows into a table in one statement, optionally returning generated columns.',
  auth: PostgresAuth,
  input: InsertRowsInput,
  output: InsertRowsOutput,
  async run(ctx, input) {
    const statement = buildInsertStatement({ table: input.table, rows: input.rows, returning: input.returning });
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    const result = await withPostgresClient(ctx.auth, options, (client) =>
      client.query<Record<string, unknown>>({ text: statement.text, values: statement.values }),
    );
    return {
      rowCount: result.rowCount ?? input.rows.length,
      ...(input.returning?.length ? { rows: result.rows } : {}),
    };
  },
});
