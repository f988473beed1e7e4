import { z } from 'zod';
import { ColumnName, quoteIdentifier } from '../sql-identifier';

/**
 * The structured `where` of the newRows trigger: conditions on columns,
 * joined with AND. There is no raw SQL on purpose: a trigger polls every few
 * seconds with the connection's rights, so its configuration must not be able
 * to carry a statement. Column names are validated and quoted, values bound.
 */

const FilterValue = z.union([z.string(), z.number(), z.boolean()]);

export const RowFilter = z.discriminatedUnion('operator', [
  z.strictObject({
    column: ColumnName,
    operator: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte']),
    value: FilterValue,
  }),
  z.strictObject({
    column: ColumnName,
    operator: z.literal('in'),
    value: z.array(FilterValue).min(1).max(1000),
  }),
  z.strictObject({ column: ColumnName, operator: z.enum(['isNull', 'isNotNull']) }),
]);
export type RowFilter = z.output<typeof RowFilter>;

const COMPARISONS = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** `[{ column: 'status', operator: 'eq', value: 'open' }]` → `` `status` = ? ``, the value appended to `values`. */
export function filterConditions(filters: RowFilter[], values: unknown[]): string[] {
  return filters.map((filter) => {
    const column = quoteIdentifier(filter.column);
    switch (filter.operator) {
      case 'isNull':
        return `${column} IS NULL`;
      case 'isNotNull':
        return `${column} IS NOT NULL`;
      case 'in':
        values.push(...filter.value);
        return `${column} IN (${filter.value.map(() => '?').join(', ')})`;
      default:
        values.push(filter.value);
        return `${column} ${COMPARISONS[filter.operator]} ?`;
    }
  });
}
