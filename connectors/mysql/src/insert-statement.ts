import { NonRetryableError } from '@tributary/connector-sdk';
import { z } from 'zod';
import { ColumnName, quoteIdentifier, quoteTable } from './sql-identifier';

/** One row to write: column name → value. */
export const Row = z
  .record(ColumnName, z.unknown())
  .refine((row) => Object.keys(row).length > 0, 'must set at least one column')
  .describe('Column name → value; a column left out gets its DEFAULT');

/** The limit on placeholders in one prepared statement. */
const MAX_PARAMETERS = 65_535;

export interface InsertStatement {
  sql: string;
  values: unknown[];
  /** every column named by any row, in first-seen order */
  columns: string[];
}

export interface InsertStatementOptions {
  table: string;
  rows: Record<string, unknown>[];
  /** RETURNING columns (MariaDB 10.5+; MySQL has no INSERT … RETURNING) */
  returning?: string[] | undefined;
  /** appended after VALUES, e.g. an ON DUPLICATE KEY UPDATE clause */
  suffix?: (columns: string[]) => string;
}

/**
 * One multi-row INSERT with every value bound. A column a row leaves out gets
 * the column's DEFAULT, so rows of different shapes can go in one statement.
 *
 * @example
 * buildInsertStatement({ table: 'assets', rows: [{ tag: 'P-1' }, { tag: 'P-2', kind: 'pump' }] }).sql;
 * // INSERT INTO `assets` (`tag`, `kind`) VALUES (?, DEFAULT), (?, ?)
 */
export function buildInsertStatement(options: InsertStatementOptions): InsertStatement {
  const columns = [...new Set(options.rows.flatMap((row) => Object.keys(row)))];
  const values: unknown[] = [];
  const tuples = options.rows.map((row) => {
    const cells = columns.map((column) => {
      if (!Object.hasOwn(row, column) || row[column] === undefined) return 'DEFAULT';
      values.push(row[column]);
      return '?';
    });
    return `(${cells.join(', ')})`;
  });
  if (values.length > MAX_PARAMETERS) {
    throw new NonRetryableError(
      `Too many values for one statement (${values.length}, at most ${MAX_PARAMETERS}): send fewer rows per step`,
      { code: 'TOO_MANY_PARAMETERS', details: { values: values.length, max: MAX_PARAMETERS } },
    );
  }
  const suffix = options.suffix ? ` ${options.suffix(columns)}` : '';
  const returning = options.returning?.length ? ` RETURNING ${options.returning.map(quoteIdentifier).join(', ')}` : '';
  const sql = `INSERT INTO ${quoteTable(options.table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES ${tuples.join(', ')}${suffix}${returning}`;
  return { sql, values, columns };
}
