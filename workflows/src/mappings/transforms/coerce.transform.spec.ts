import { describe, expect, it } from 'vitest';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';

const coerce = (to: string) => compileTransform(Transform.parse({ kind: 'coerce', to })).apply;

describe('coerce transform', () => {
  it('turns numbers and booleans into text', () => {
    expect(coerce('string')(12.5, {})).toBe('12.5');
    expect(coerce('string')(false, {})).toBe('false');
  });

  it('reads numbers from text in plain decimal notation', () => {
    expect(coerce('number')(' 12.5 ', {})).toBe(12.5);
    expect(coerce('number')('-3e2', {})).toBe(-300);
    expect(coerce('number')(true, {})).toBe(1);
  });

  it('fails on text that is not a number, with a hint for a decimal comma', () => {
    expect(() => coerce('number')('12 mm', {})).toThrow('"12 mm" is not a number');
    expect(() => coerce('number')('0x10', {})).toThrow('"0x10" is not a number');
    expect(() => coerce('number')('12,5', {})).toThrow('"12,5" is not a number (the decimal separator must be ".")');
  });

  it('accepts whole numbers only for integer, and says how to round', () => {
    expect(coerce('integer')('42', {})).toBe(42);
    expect(() => coerce('integer')('4.2', {})).toThrow('"4.2" is not a whole number (add a round transform first');
  });

  it('reads yes/no words as booleans', () => {
    expect(coerce('boolean')('Yes', {})).toBe(true);
    expect(coerce('boolean')('off', {})).toBe(false);
    expect(coerce('boolean')(1, {})).toBe(true);
    expect(() => coerce('boolean')('maybe', {})).toThrow('"maybe" is not a yes/no value');
  });

  it('fails with code coerce_failed for objects', () => {
    expect(() => coerce('string')({ a: 1 }, {})).toThrow(
      expect.objectContaining({ code: 'coerce_failed', message: 'cannot turn an object into text' }),
    );
  });
});
