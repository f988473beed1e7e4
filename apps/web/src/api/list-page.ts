import { z } from 'zod';

/** The API's one list envelope (Stripe-style cursor pagination). */
export function listPage<T extends z.ZodType>(item: T) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    has_more: z.boolean(),
    next_cursor: z.string().nullable(),
  });
}
