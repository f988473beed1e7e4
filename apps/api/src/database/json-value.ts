import type { Prisma } from '@tributary/db';

/**
 * Marks a value that came out of a zod schema (or JSON.parse) as storable in a
 * Json column. zod types open-ended fields as `unknown`, which Prisma's
 * `InputJsonValue` cannot express; the value is JSON by construction.
 */
export function toJsonValue(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
