import { z } from 'zod';
import { requireText } from './transform-input';
import type { TransformFunction } from './transform-function';

/** Trims or changes the case of text (locale-independent, so results do not depend on the worker). */
export const TextTransform = z
  .object({
    kind: z.literal('text'),
    op: z.enum(['trim', 'upper', 'lower']),
  })
  .strict();
export type TextTransform = z.infer<typeof TextTransform>;

const operations: Record<TextTransform['op'], (text: string) => string> = {
  trim: (text) => text.trim(),
  upper: (text) => text.toUpperCase(),
  lower: (text) => text.toLowerCase(),
};

export function compileText(transform: TextTransform): TransformFunction {
  const operation = operations[transform.op];
  return (value) => operation(requireText(value, transform.op));
}
