import { describe, expect, it } from 'vitest';
import { compileTargetSchema } from './target-schema';

describe('compileTargetSchema', () => {
  it('keeps the errors that say what is wrong, not the wrappers around them', () => {
    const check = compileTargetSchema({
      type: 'object',
      properties: { asset: { type: 'object', properties: { tag: { type: 'string', maxLength: 3 } } } },
    });
    expect(check({ asset: { tag: 'PUMP-07' } })).toEqual([
      { path: '/asset/tag', code: 'schema_violation', message: 'String is too long (7 > 3) (maxLength)' },
    ]);
  });

  it('points at each failing list element', () => {
    const check = compileTargetSchema({ type: 'array', items: { type: 'integer' } });
    expect(check([1, 'two', 3.5]).map((error) => error.path)).toEqual(['/1', '/2']);
  });

  it('summarises anyOf instead of listing every branch', () => {
    const check = compileTargetSchema({
      type: 'object',
      properties: {
        due: {
          anyOf: [
            { type: 'string', format: 'date-time' },
            { type: 'string', format: 'date' },
          ],
        },
      },
    });
    expect(check({ due: '05.03.2024' })).toEqual([
      { path: '/due', code: 'schema_violation', message: expect.stringContaining('(anyOf)') },
    ]);
  });

  it('escapes property names in pointers', () => {
    const check = compileTargetSchema({ type: 'object', required: ['a/b'] });
    expect(check({})).toEqual([
      { path: '/a~1b', code: 'schema_violation', message: 'is required by the target schema' },
    ]);
  });

  it('gives plain JSON pointers, not URI fragments', () => {
    const check = compileTargetSchema({ type: 'object', properties: { 'Job No #1': { type: 'string' } } });
    expect(check({ 'Job No #1': 1 }).map((error) => error.path)).toEqual(['/Job No #1']);
  });

  it('reports a broken schema instead of throwing', () => {
    const check = compileTargetSchema({ type: 'object', properties: { a: { $ref: '#/$defs/missing' } } });
    expect(check({ a: 1 })).toEqual([
      { path: '', code: 'invalid_target_schema', message: expect.stringContaining('Unresolved $ref') },
    ]);
  });

  it('validates with draft 2020-12 semantics (prefixItems)', () => {
    const check = compileTargetSchema({ type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } });
    expect(check(['a', 1, 2])).toEqual([]);
    expect(check(['a', 'b']).map((error) => error.path)).toEqual(['/1']);
  });
});
