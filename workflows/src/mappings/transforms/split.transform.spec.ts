import { describe, expect, it } from 'vitest';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';

const split = (separator: string, index?: number) =>
  compileTransform(Transform.parse({ kind: 'split', separator, index })).apply;

describe('split transform', () => {
  it('splits text into a list', () => {
    expect(split('/')('HAM-01/HALL-3/PUMP-07', {})).toEqual(['HAM-01', 'HALL-3', 'PUMP-07']);
  });

  it('picks one part by index, counting from the end when negative', () => {
    expect(split('/', 1)('HAM-01/HALL-3/PUMP-07', {})).toBe('HALL-3');
    expect(split('/', -1)('HAM-01/HALL-3/PUMP-07', {})).toBe('PUMP-07');
  });

  it('gives nothing for a part that does not exist', () => {
    expect(split('/', 5)('a/b', {})).toBeUndefined();
  });

  it('refuses non-text values', () => {
    expect(() => split('/')(['a'], {})).toThrow('split needs text, got a list');
  });

  it('rejects an empty separator in the definition', () => {
    expect(Transform.safeParse({ kind: 'split', separator: '' }).success).toBe(false);
  });
});
