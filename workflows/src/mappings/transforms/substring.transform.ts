import { z } from 'zod';
import { requireText } from './transform-input';
import type { TransformFunction } from './transform-function';

/** Cuts text to a part, e.g. a description to the 200 characters a CMMS accepts. */
export const SubstringTransform = z
  .object({
    kind: z.literal('substring'),
    start: z.number().int().min(0),
    length: z.number().int().min(0).optional(),
  })
  .strict();
export type SubstringTransform = z.infer<typeof SubstringTransform>;

const SURROGATE = /[\uD800-\uDFFF]/;

export function compileSubstring(transform: SubstringTransform): TransformFunction {
  const { start, length } = transform;
  const end = length === undefined ? undefined : start + length;
  return (value) => {
    const text = requireText(value, 'substring');
    // Counts characters, not UTF-16 units, so an emoji is never cut in half.
    if (!SURROGATE.test(text)) return text.slice(start, end);
    return Array.from(text).slice(start, end).join('');
  };
}
