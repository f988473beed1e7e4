import { defineAction } from '@tributary/connector-sdk';
import type { ResultSetHeader } from 'mysql2/promise';
import { z } from 'zod';
import { MysqlAuth } from '../auth';
import { withMysqlConnection } from '../client';
import { buildInsertStatement, Row } from '../insert-statement';
import { ColumnName, quoteIdentifier, TableName } from '../sql-identifier';

export const UpsertRowsInput = z.strictObject({
  table: TableName,
  rows: z.array(Row).min(1).max(1000).describe('1 to 1000 rows, written in one statement'),
  conflictColumns: z
    .array(ColumnName)
    .min(1)
    .describe(
      'Columns of the primary key or unique index that identify an existing row; MySQL matches on any unique key, these are only kept out of the update',
    ),
  updateColumns: z
    .array(ColumnName)
    .optional()
    .describe('Columns to overwrite on an existing row; default: every given column except the conflict columns'),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Limit for connecting and writing'),
});
export type UpsertRowsInput = z.input<typeof UpsertRowsInput>;

export const UpsertRowsOutput = z.object({
  rowCount: z.number().int().describe('Rows written: inserted, updated or already up to date'),
  affectedRows: z
    .number()
    .int()
    .describe("MySQL's own count: 1 per inserted row, 2 per updated row, 0 per row that was already up to date"),
});
export type UpsertRowsOutput = z.output<typeof UpsertRowsOutput>;

export const upsertRows = defineAction({
  name: 'upsert',
  displayName: 'Upsert rows',
  description: 'Inserts rows, updating the existing row instead when a unique key matches (ON DUPLICATE KEY UPDATE).',
  auth: MysqlAuth,
  input: UpsertRowsInput,
  output: UpsertRowsOutput,
  async run(ctx, input) {
    const statement = buildInsertStatement({
      table: input.table,
      rows: input.rows,
      suffix: (columns) => {
        const updates = input.updateColumns ?? columns.filter((column) => !input.conflictColumns.includes(column));
        // Assigning a key column to itself keeps an existing row as it is.
        const set = updates.length
          ? updates.map((column) => `${quoteIdentifier(column)} = VALUES(${quoteIdentifier(column)})`)
          : input.conflictColumns.map((column) => `${quoteIdentifier(column)} = ${quoteIdentifier(column)}`);
        return `ON DUPLICATE KEY UPDATE ${set.join(', ')}`;
      },
    });
    const options = { timeoutMs: input.timeoutMs, signal: ctx.signal };
    const [result] = await withMysqlConnection(ctx.auth, options, (connection) =>
      connection.execute<ResultSetHeader>({ sql: statement.sql, values: statement.values, timeout: input.timeoutMs }),
    );
    return { rowCount: input.rows.length, affectedRows: result.affectedRows };
  },
});
