import { NonRetryableError } from '@tributary/connector-sdk';
import { z } from 'zod';
import { ColumnName, quoteIdentifier, quoteTable } from './sql-identifier';

/** One row to write: column name → value. */
export const Row = z
  .record(ColumnName, z.unknown())
  .refine((row) => Object.keys(row).length > 0, 'must set at least one column')
  .describe('Column name → value; a column left out gets its DEFAULT');

/** PostgreSQL's limit on bound parameters in one statement. */
const MAX_PARAMETERS = 65_535;

export interface InsertStatement {
  text: string;
  values: unknown[];
  /** every column named by any row, in first-seen order */
  columns: string[];
}

export interface InsertStatementOptions {
  table: string;
  rows: Record<string, unknown>[];
  returning?: string[] | undefined;
  /** appended after VALUES, e.g. an ON CONFLICT clause */
  suffix?: (columns: string[]) => string;
}

/**
 * One multi-row INSERT with every value bound. A column a row leaves out gets
 * the column's DEFAULT, so rows of different shapes can go in one statement.
 *
 * @example
 * buildInsertStatement({ table: 'assets', rows: [{ tag: 'P-1' }, { tag: 'P-2', kind: 'pump' }] }).text;
 * // INSERT INTO "assets" ("tag", "kind") VALUES ($1, DEFAULT), ($2, $3)
 */
export function buildInsertStatement(options: InsertStatementOptions): InsertStatement {
  const columns = [...new Set(options.rows.flatMap((row) => Object.keys(row)))];
  const values: unknown[] = [];
  const tuples = options.rows.map((row) => {
    const cells = columns.map((column) => {
      if (!Object.hasOwn(row, column) || row[column] === undefined) return 'DEFAULT';
      values.push(row[column]);
      return `$${values.length}`;
    });
    return `(${cells.join(', ')})`;
  });
  if (values.length > MAX_PARAMETERS) {
    throw new NonRetryableError(
      `Too many values for one statement (${values.length}, PostgreSQL allows ${MAX_PARAMETERS}): send fewer rows per step`,
      { code: 'TOO_MANY_PARAMETERS', details: { values: values.length, max: MAX_PARAMETERS } },
    );
  }
  const returning = options.returning?.length ? ` RETURNING ${options.returning.map(quoteIdentifier).join(', ')}` : '';
  const suffix = options.suffix ? ` ${options.suffix(columns)}` : '';
  const text = `INSERT INTO ${quoteTable(options.table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES ${tuples.join(', ')}${suffix}${returning}`;
  return { text, values, columns };
}
