import { describe, expect, it } from 'vitest';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';

const concat = (definition: Record<string, unknown>) =>
  compileTransform(Transform.parse({ kind: 'concat', ...definition })).apply;

describe('concat transform', () => {
  const source = { street: 'Hafenstraße 1', zip: 20457, city: 'Hamburg', empty: '', tags: ['a', 'b'] };

  it('joins the value with other source fields', () => {
    expect(concat({ with: ['zip', 'city'], separator: ', ' })(source.street, source)).toBe(
      'Hafenstraße 1, 20457, Hamburg',
    );
  });

  it('joins without a separator by default', () => {
    expect(concat({ with: ['city'] })('X', source)).toBe('XHamburg');
  });

  it('leaves out missing parts instead of doubling separators', () => {
    expect(concat({ with: ['empty', 'nope', 'city'], separator: ' / ' })(null, source)).toBe('Hamburg');
  });

  it('spreads list parts', () => {
    expect(concat({ with: ['tags'], separator: '+' })(['x'], source)).toBe('x+a+b');
  });

  it('is missing when every part is', () => {
    expect(concat({ with: ['empty'] })(undefined, source)).toBeUndefined();
  });
});
