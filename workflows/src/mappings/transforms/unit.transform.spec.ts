import { describe, expect, it } from 'vitest';
import { validateFieldMapping } from '../field-mapping';
import { compileTransform } from './compile-transform';
import { INDUSTRIAL_UNITS, UNIT_NAMES, convertUnit, type UnitName } from './industrial-units';
import { Transform } from './transform';

const unit = (from: string, to: string) => compileTransform(Transform.parse({ kind: 'unit', from, to })).apply;

describe('unit transform', () => {
  it.each([
    ['mm', 'm', 1250, 1.25],
    ['cm', 'mm', 2.5, 25],
    ['km', 'm', 1.2, 1200],
    ['in', 'mm', 1, 25.4],
    ['ft', 'm', 10, 3.048],
    ['in', 'ft', 12, 1],
    ['g', 'kg', 500, 0.5],
    ['t', 'kg', 1.5, 1500],
    ['lb', 'kg', 1, 0.45359237],
    ['F', 'C', 212, 100],
    ['°F', '°C', 32, 0],
    ['F', 'C', 100, 37.7777777778],
    ['C', 'F', -40, -40],
    ['C', 'K', 25, 298.15],
    ['K', 'F', 0, -459.67],
    ['psi', 'bar', 100, 6.89475729317],
    ['bar', 'psi', 1, 14.503773773],
    ['bar', 'kPa', 2.5, 250],
    ['kPa', 'Pa', 1.2, 1200],
    ['l', 'm3', 1500, 1.5],
    ['ml', 'l', 250, 0.25],
    ['gal', 'l', 1, 3.785411784],
    ['min', 's', 1.5, 90],
    ['h', 'min', 0.25, 15],
  ] as const)('converts %s to %s (%d → %d)', (from, to, value, expected) => {
    expect(unit(from, to)(value, {})).toBe(expected);
  });

  it('drops binary floating-point noise', () => {
    expect(unit('mm', 'm')(300, {})).toBe(0.3);
    expect(unit('cm', 'm')(7, {})).toBe(0.07);
  });

  it('round-trips every unit through every other unit of its dimension', () => {
    for (const from of UNIT_NAMES) {
      for (const to of UNIT_NAMES) {
        if (INDUSTRIAL_UNITS[from].dimension !== INDUSTRIAL_UNITS[to].dimension) continue;
        const back = convertUnit(convertUnit(123.456, from as UnitName, to as UnitName), to, from);
        expect(back, `${from} → ${to} → ${from}`).toBeCloseTo(123.456, 6);
      }
    }
  });

  it('reads numbers from text and refuses anything else', () => {
    expect(unit('mm', 'm')('1500', {})).toBe(1.5);
    expect(() => unit('mm', 'm')('12 mm', {})).toThrow(
      expect.objectContaining({ code: 'not_a_number', message: '"12 mm" is not a number' }),
    );
  });

  it('rejects converting between dimensions when the mapping is defined', () => {
    const result = validateFieldMapping({
      rules: [{ target: 'd', source: 'd', transforms: [{ kind: 'unit', from: 'mm', to: 'kg' }] }],
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ path: 'rules[0].transforms[0].to', message: 'cannot convert mm (length) to kg (mass)' }],
    });
  });

  it('rejects units that are not in the table', () => {
    const result = validateFieldMapping({
      rules: [{ target: 'd', source: 'd', transforms: [{ kind: 'unit', from: 'furlong', to: 'm' }] }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.path).toBe('rules[0].transforms[0].from');
  });
});
