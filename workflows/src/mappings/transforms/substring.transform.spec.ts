import { describe, expect, it } from 'vitest';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';

const substring = (start: number, length?: number) =>
  compileTransform(Transform.parse({ kind: 'substring', start, length })).apply;

describe('substring transform', () => {
  it('keeps length characters from start', () => {
    expect(substring(0, 4)('Replace seal', {})).toBe('Repl');
    expect(substring(8)('Replace seal', {})).toBe('seal');
  });

  it('leaves shorter text as it is', () => {
    expect(substring(0, 200)('short', {})).toBe('short');
  });

  it('counts characters, so an emoji is never cut in half', () => {
    expect(substring(0, 2)('⚠️🔧 leak', {})).toBe('⚠️');
    expect(substring(1, 2)('a🔧b', {})).toBe('🔧b');
  });

  it('refuses non-text values', () => {
    expect(() => substring(0, 2)(1234, {})).toThrow('substring needs text, got 1234');
  });

  it('rejects a negative start in the definition', () => {
    expect(Transform.safeParse({ kind: 'substring', start: -1 }).success).toBe(false);
  });
});
