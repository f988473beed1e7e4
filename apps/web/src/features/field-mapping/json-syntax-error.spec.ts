import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax-error';

function error(text: string) {
  expect(() => JSON.parse(text)).toThrow();
  return findJsonSyntaxError(text);
}

describe('locating a JSON syntax error', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e3', '"a\\u00e9\\n"', 'null', '{"a":[1,{"b":true}],"c":"x"}']) {
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it('points at an unquoted value', () => {
    expect(error('{\n  "a": 1,\n  "b": oops\n}')).toMatchObject({
      line: 3,
      column: 8,
      message: expect.stringContaining('unexpected "o"'),
    });
  });

  it('names trailing commas, single quotes, missing colons and unclosed strings', () => {
    expect(error('{"a": 1,}')?.message).toBe('a comma before "}" is not allowed');
    expect(error('[1,]')?.message).toBe('a comma before "]" is not allowed');
    expect(error("{'a': 1}")?.message).toBe('expected a field name in double quotes');
    expect(error('["a\']')?.message).toBe('a string is not closed');
    expect(error('{"a" 1}')).toMatchObject({ column: 6, message: 'expected ":" after the field name' });
    expect(error('{"a": 1 "b": 2}')).toMatchObject({ column: 9, message: 'expected "," or "}" after a field value' });
  });

  it('notices an unfinished value and text after the end', () => {
    expect(error('{"a": ')?.message).toBe('the JSON ends where a value was expected');
    expect(error('{} x')).toMatchObject({ column: 4, message: 'unexpected text after the end of the JSON value' });
  });
});
