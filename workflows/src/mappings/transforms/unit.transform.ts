import { z } from 'zod';
import { convertUnit, INDUSTRIAL_UNITS, UNIT_NAMES } from './industrial-units';
import { requireNumber } from './transform-input';
import type { TransformFunction } from './transform-function';

/** Converts a measurement, e.g. mm → m, °F → °C, psi → bar (see industrial-units.ts for the table). */
export const UnitTransform = z
  .object({
    kind: z.literal('unit'),
    from: z.enum(UNIT_NAMES),
    to: z.enum(UNIT_NAMES),
  })
  .strict()
  .superRefine(({ from, to }, ctx) => {
    const source = INDUSTRIAL_UNITS[from].dimension;
    const target = INDUSTRIAL_UNITS[to].dimension;
    if (source !== target) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `cannot convert ${from} (${source}) to ${to} (${target})`,
      });
    }
  });
export type UnitTransform = z.infer<typeof UnitTransform>;

export function compileUnit(transform: UnitTransform): TransformFunction {
  const { from, to } = transform;
  return (value) => convertUnit(requireNumber(value, 'not_a_number'), from, to);
}
