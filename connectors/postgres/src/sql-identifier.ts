import { z } from 'zod';

/**
 * Table and column names are the only parts of a statement the connector
 * writes itself; they are checked against a strict pattern and double-quoted,
 * so a name can never carry SQL. Values always travel as bound parameters.
 */

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const TableName = z
  .string()
  .regex(TABLE_NAME, 'must be a table name such as orders or sales.orders (letters, digits and _ only)')
  .describe('Table, optionally schema-qualified: orders or sales.orders');

export const ColumnName = z
  .string()
  .regex(COLUMN_NAME, 'must be a column name (letters, digits and _ only, not starting with a digit)');

/** `sales.orders` → `"sales"."orders"`; only called with names the schemas above accepted. */
export function quoteTable(table: string): string {
  return table.split('.').map(quoteIdentifier).join('.');
}

/** `tag` → `"tag"` */
export function quoteIdentifier(name: string): string {
  return `"${name}"`;
}
