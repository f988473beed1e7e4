import { z } from 'zod';
import 'zod-openapi';

/** `?limit=&cursor=` accepted by every list endpoint. */
export const ListQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .meta({ description: 'page size, 1–100', param: { description: 'page size, 1–100' } }),
  cursor: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({
      description: '`next_cursor` of the previous page',
      param: { description: '`next_cursor` of the previous page' },
    }),
});
export type ListQuery = z.output<typeof ListQuery>;

/** The Stripe-style envelope every list endpoint answers with. */
export function ListResponse<Item extends z.ZodType>(item: Item) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    has_more: z.boolean(),
    next_cursor: z.string().nullable().meta({ description: 'pass as `cursor` to get the next page; null on the last' }),
  });
}

export interface ListPage<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * Builds a page from rows fetched with `take: limit + 1`: the extra row only
 * says whether there is more. The cursor is the last row's id.
 */
export function toListPage<Row extends { id: string }, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
): ListPage<Item> {
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return {
    object: 'list',
    data: page.map(present),
    has_more: hasMore,
    next_cursor: hasMore ? (page.at(-1)?.id ?? null) : null,
  };
}
