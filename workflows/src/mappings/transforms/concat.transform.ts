import { z } from 'zod';
import { MappingPath, pathSegments, readPath } from '../mapping-path';
import type { TransformFunction } from './transform-function';

/**
 * Joins the value with other source fields: `{ with: ["street", "city"],
 * separator: ", " }`. A list value contributes its items. Missing parts
 * (absent, null or "") are left out, so no doubled separators; if every part
 * is missing the result is missing too. This is the one transform that also
 * runs when the rule's own value is missing.
 */
export const ConcatTransform = z
  .object({
    kind: z.literal('concat'),
    with: z.array(MappingPath).min(1),
    separator: z.string().optional(),
  })
  .strict();
export type ConcatTransform = z.infer<typeof ConcatTransform>;

export function compileConcat(transform: ConcatTransform): TransformFunction {
  const others = transform.with.map(pathSegments);
  const separator = transform.separator ?? '';
  return (value, source) => {
    const parts: string[] = [];
    collect(value, parts);
    for (const segments of others) collect(readPath(source, segments), parts);
    return parts.length === 0 ? undefined : parts.join(separator);
  };
}

function collect(value: unknown, parts: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, parts);
  } else if (value !== undefined && value !== null && value !== '') {
    parts.push(typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
}
