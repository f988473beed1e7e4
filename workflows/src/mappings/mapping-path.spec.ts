import { describe, expect, it } from 'vitest';
import { formatMappingPath, jsonPointer, parseMappingPath, readPath, writePath } from './mapping-path';

describe('parseMappingPath', () => {
  it('parses dotted names, list indices and quoted keys', () => {
    expect(parseMappingPath('workOrder.asset.tag')).toEqual({ ok: true, segments: ['workOrder', 'asset', 'tag'] });
    expect(parseMappingPath('lines[0].qty')).toEqual({ ok: true, segments: ['lines', 0, 'qty'] });
    expect(parseMappingPath('matrix[1][2]')).toEqual({ ok: true, segments: ['matrix', 1, 2] });
    expect(parseMappingPath('["Job No."].value')).toEqual({ ok: true, segments: ['Job No.', 'value'] });
    expect(parseMappingPath('job-no')).toEqual({ ok: true, segments: ['job-no'] });
  });

  it.each([
    ['', 'it is empty'],
    ['a..b', 'unexpected "." at position 2'],
    ['a.', 'it ends with "."'],
    ['[0].a', 'it must start with a name, not an index'],
    ['a[x]', 'unexpected "[" at position 1'],
    ['a b', 'unexpected " " at position 1'],
    ['lines[10001]', 'index 10001 is above 10000'],
    ['a.__proto__.b', '"__proto__" is not allowed as a key'],
    ['constructor', '"constructor" is not allowed as a key'],
  ])('rejects %j: %s', (path, reason) => {
    expect(parseMappingPath(path)).toEqual({ ok: false, message: `"${path}" is not a valid path: ${reason}` });
  });
});

describe('readPath', () => {
  const record = { a: { b: [{ c: 1 }, null] }, 'Job No.': 'J1' };

  it('reads nested values and list elements', () => {
    expect(readPath(record, ['a', 'b', 0, 'c'])).toBe(1);
    expect(readPath(record, ['Job No.'])).toBe('J1');
  });

  it('gives undefined for anything that is not there', () => {
    expect(readPath(record, ['a', 'b', 1, 'c'])).toBeUndefined();
    expect(readPath(record, ['a', 'x', 'y'])).toBeUndefined();
    expect(readPath(record, ['a', 0])).toBeUndefined();
    expect(readPath('text', ['length'])).toBeUndefined();
  });

  it('never reads prototype members', () => {
    expect(readPath({}, ['toString'])).toBeUndefined();
    expect(readPath({}, ['hasOwnProperty'])).toBeUndefined();
  });
});

describe('writePath', () => {
  it('creates objects and lists on the way', () => {
    const output: Record<string, unknown> = {};
    writePath(output, ['workOrder', 'asset', 'tag'], 'P-7');
    writePath(output, ['workOrder', 'lines', 1, 'qty'], 3);
    writePath(output, ['workOrder', 'lines', 0, 'qty'], 2);
    expect(output).toEqual({ workOrder: { asset: { tag: 'P-7' }, lines: [{ qty: 2 }, { qty: 3 }] } });
  });

  it('fills list gaps with null so the output stays plain JSON', () => {
    const output: Record<string, unknown> = {};
    writePath(output, ['codes', 2], 'c');
    expect(output).toEqual({ codes: [null, null, 'c'] });
  });
});

describe('formatMappingPath and jsonPointer', () => {
  it('format paths the way definitions and schema errors name places', () => {
    expect(formatMappingPath(['rules', 2, 'transforms', 0, 'to'])).toBe('rules[2].transforms[0].to');
    expect(formatMappingPath(['table', 'Job No.'])).toBe('table["Job No."]');
    expect(jsonPointer(['lines', 0, 'a/b~c'])).toBe('/lines/0/a~1b~0c');
  });
});
