import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PostgresAuth } from '../auth';
import { withPostgresClient } from '../client';
import { buildInsertStatement, Row } from '../insert-statement';
import { ColumnName, quoteIdentifier, TableName } from '../sql-identifier';

export const UpsertRowsInput = z.strictObject({
  table: TableName,
  rows: z.array(Row).min(1).max(1000).describe('1 to 1000 rows, written in one statement'),
  conflictColumns: z
    .array(ColumnName)
    .min(1)
    .describe('Columns of a unique index or primary key that identify an existing row (ON CONFLICT)'),
  updateColumns: z
    .array(ColumnName)
    .optional()
    .describe('Columns to overwrite on an existing row; default: every given column except the conflict columns'),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Limit for connecting and writing'),
});
export type UpsertRowsInput = z.input<typeof UpsertRowsInput>;

export const UpsertRowsOutput = z.object({
  rowCount: z.number().int().describe('Rows inserted or updated'),
});
export type UpsertRowsOutput = z.output<typeof UpsertRowsOutput>;

export const upsertRows = defineAction({
  name: 'upsert',
  displayName: 'Upsert rows',
  description: 'Inserts rows, updating the existing row instead when the conflict columns match one.',
  auth: PostgresAuth,
  input: UpsertRowsInput,
  output: UpsertRowsOutput,
  async run(ctx, input) {
    const conflict = input.conflictColumns.map(quoteIdentifier).join(', ');
    const statement = buildInsertStatement({
      table: input.table,
      rows: input.rows,
      suffix: (columns) => {
        const updates = input.updateColumns ?? columns.filter((column) => !input.conflictColumns.includes(column));
        if (updates.length === 0) return `ON CONFLICT (${conflict}) DO NOTHING`;
        const set = updates.map((column) => `${quoteIdentifier(column)} = EXCLUDED.${quoteIdentifier(column)}`);
        return `ON CONFLICT (${conflict}) DO UPDATE SET ${set.join(', ')}`;
      },
    });
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    const result = await withPostgresClient(ctx.auth, options, (client) =>
      client.query({ text: statement.text, values: statement.values }),
    );
    return { rowCount: result.rowCount ?? 0 };
  },
});
