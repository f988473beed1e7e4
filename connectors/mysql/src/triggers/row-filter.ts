import type { RowFilter } from '@tributary/connector-sdk';
import { quoteIdentifier } from '../sql-identifier';

/**
 * The newRows trigger's structured `where` (see `rowFilter` in the SDK) as
 * MySQL conditions: column names validated and quoted, values bound.
 */

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
