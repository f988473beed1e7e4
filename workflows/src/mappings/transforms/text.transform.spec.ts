import { describe, expect, it } from 'vitest';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';

const text = (op: string) => compileTransform(Transform.parse({ kind: 'text', op })).apply;

describe('text transform', () => {
  it('trims, upper-cases and lower-cases', () => {
    expect(text('trim')('  pump 7 \n', {})).toBe('pump 7');
    expect(text('upper')('pump-07', {})).toBe('PUMP-07');
    expect(text('lower')('PUMP-07', {})).toBe('pump-07');
  });

  it('does not depend on the locale (no Turkish dotless i)', () => {
    expect(text('upper')('ventil i', {})).toBe('VENTIL I');
  });

  it('refuses non-text values and says how to convert them', () => {
    expect(() => text('trim')(42, {})).toThrow(
      expect.objectContaining({
        code: 'not_a_string',
        message: 'trim needs text, got 42 (add {"kind":"coerce","to":"string"} first)',
      }),
    );
  });
});
