import { describe, expect, it } from 'vitest';
import { compileTransform } from './compile-transform';
import { roundHalfAwayFromZero } from './round.transform';
import { Transform } from './transform';

const round = (digits: number) => compileTransform(Transform.parse({ kind: 'round', digits })).apply;

describe('round transform', () => {
  it('rounds half away from zero', () => {
    expect(round(0)(2.5, {})).toBe(3);
    expect(round(0)(-2.5, {})).toBe(-3);
    expect(round(2)(3.14159, {})).toBe(3.14);
  });

  it('rounds decimal halves the way a person expects', () => {
    expect(round(2)(1.005, {})).toBe(1.01);
    expect(round(1)(0.15, {})).toBe(0.2);
  });

  it('rounds to tens and hundreds with negative digits', () => {
    expect(round(-2)(1249, {})).toBe(1200);
  });

  it('handles numbers written with exponents', () => {
    expect(roundHalfAwayFromZero(1.23456e-7, 9)).toBe(1.23e-7);
    expect(roundHalfAwayFromZero(1e21, 2)).toBe(1e21);
  });

  it('never gives negative zero', () => {
    expect(Object.is(round(1)(-0.01, {}), 0)).toBe(true);
  });

  it('reads numbers from text and refuses anything else', () => {
    expect(round(1)('12.34', {})).toBe(12.3);
    expect(() => round(1)('n/a', {})).toThrow(expect.objectContaining({ code: 'not_a_number' }));
  });
});
