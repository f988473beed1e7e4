import { z } from 'zod';
import { requireText } from './transform-input';
import type { TransformFunction } from './transform-function';

/**
 * Splits text into a list, or picks one part of it: `index` counts from 0, a
 * negative index from the end. A part that does not exist is a missing value,
 * so the rule's `default` and `required` decide what happens.
 */
export const SplitTransform = z
  .object({
    kind: z.literal('split'),
    separator: z.string().min(1),
    index: z.number().int().optional(),
  })
  .strict();
export type SplitTransform = z.infer<typeof SplitTransform>;

export function compileSplit(transform: SplitTransform): TransformFunction {
  const { separator, index } = transform;
  if (index === undefined) return (value) => requireText(value, 'split').split(separator);
  return (value) => {
    const parts = requireText(value, 'split').split(separator);
    return parts[index < 0 ? parts.length + index : index];
  };
}
