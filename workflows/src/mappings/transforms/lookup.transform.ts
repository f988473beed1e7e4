import { z } from 'zod';
import { describeValue, TransformFailure, type TransformFunction } from './transform-function';

/** Replaces a code by its counterpart, e.g. ERP priority "High" → CMMS priority 1. */
export const LookupTransform = z
  .object({
    kind: z.literal('lookup'),
    table: z.record(z.string(), z.json()),
    /** the result for a value that is not in the table; without it, such a value is a field error */
    default: z.json().optional(),
    caseInsensitive: z.boolean().optional(),
  })
  .strict()
  .superRefine((transform, ctx) => {
    if (!transform.caseInsensitive) return;
    const seen = new Map<string, string>();
    for (const key of Object.keys(transform.table)) {
      const first = seen.get(key.toLowerCase());
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['table', key],
          message: `"${key}" and "${first}" are the same key when case is ignored`,
        });
      }
      seen.set(key.toLowerCase(), key);
    }
  });
export type LookupTransform = z.infer<typeof LookupTransform>;

const MAX_KEYS_IN_MESSAGE = 20;

export function compileLookup(transform: LookupTransform): TransformFunction {
  const { caseInsensitive = false, default: fallback } = transform;
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(transform.table))
    entries.set(caseInsensitive ? key.toLowerCase() : key, value);
  const known = knownKeys(Object.keys(transform.table));
  return (value) => {
    if (value !== null && typeof value === 'object') {
      throw new TransformFailure(
        'invalid_input',
        `lookup needs a text, number or boolean, got ${describeValue(value)}`,
      );
    }
    const key = caseInsensitive ? String(value).toLowerCase() : String(value);
    if (entries.has(key)) return entries.get(key);
    if (fallback !== undefined) return fallback;
    throw new TransformFailure('lookup_no_match', `no lookup entry for ${describeValue(value)}; known keys: ${known}`);
  };
}

function knownKeys(keys: string[]): string {
  if (keys.length === 0) return '(none)';
  const shown = keys.slice(0, MAX_KEYS_IN_MESSAGE).map((key) => JSON.stringify(key));
  return keys.length > MAX_KEYS_IN_MESSAGE
    ? `${shown.join(', ')} and ${keys.length - shown.length} more`
    : shown.join(', ');
}
