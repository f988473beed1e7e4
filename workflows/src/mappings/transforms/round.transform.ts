import { z } from 'zod';
import { requireNumber } from './transform-input';
import type { TransformFunction } from './transform-function';

/** Rounds half away from zero to `digits` decimals (negative digits round to tens, hundreds, …). */
export const RoundTransform = z
  .object({
    kind: z.literal('round'),
    digits: z.number().int().min(-15).max(15),
  })
  .strict();
export type RoundTransform = z.infer<typeof RoundTransform>;

export function compileRound(transform: RoundTransform): TransformFunction {
  const { digits } = transform;
  return (value) => roundHalfAwayFromZero(requireNumber(value, 'not_a_number'), digits);
}

/**
 * Shifts the decimal point in the number's text form instead of multiplying,
 * so 1.005 rounds to 1.01 as a person expects (1.005 * 100 is 100.49999…).
 */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  const magnitude = Math.round(shiftDecimal(Math.abs(value), digits));
  const rounded = shiftDecimal(magnitude, -digits);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
