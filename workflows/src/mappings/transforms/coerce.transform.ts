import { z } from 'zod';
import { requireNumber } from './transform-input';
import { describeValue, TransformFailure, type TransformFunction } from './transform-function';

/** Converts between JSON scalar types; a value that does not convert is a field error, never a guess. */
export const CoerceTransform = z
  .object({
    kind: z.literal('coerce'),
    to: z.enum(['string', 'number', 'integer', 'boolean']),
  })
  .strict();
export type CoerceTransform = z.infer<typeof CoerceTransform>;

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);

const coercions: Record<CoerceTransform['to'], TransformFunction> = {
  string: toText,
  number: toNumber,
  integer: toInteger,
  boolean: toBoolean,
};

export function compileCoerce(transform: CoerceTransform): TransformFunction {
  return coercions[transform.to];
}

function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TransformFailure('coerce_failed', `cannot turn ${describeValue(value)} into text`);
}

function toNumber(value: unknown): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return requireNumber(value, 'coerce_failed');
}

function toInteger(value: unknown): number {
  const number = toNumber(value);
  if (!Number.isInteger(number)) {
    throw new TransformFailure(
      'coerce_failed',
      `${describeValue(value)} is not a whole number (add a round transform first to round it)`,
    );
  }
  return number;
}

function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  throw new TransformFailure(
    'coerce_failed',
    `${describeValue(value)} is not a yes/no value (expected true/false, yes/no, y/n, on/off or 1/0)`,
  );
}
