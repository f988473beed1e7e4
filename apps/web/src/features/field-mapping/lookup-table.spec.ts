import { describe, expect, it } from 'vitest';
import {
  coerceLookupValue,
  duplicateLookupKeys,
  lookupRows,
  lookupTransformFromRows,
  lookupValueText,
} from './lookup-table';

describe('lookup values', () => {
  it('are numbers for number and integer targets, booleans for boolean targets, text otherwise', () => {
    expect(coerceLookupValue('1', 'number')).toBe(1);
    expect(coerceLookupValue(' 2.5 ', 'number')).toBe(2.5);
    expect(coerceLookupValue('3', 'integer')).toBe(3);
    expect(coerceLookupValue('1', 'string')).toBe('1');
    expect(coerceLookupValue('1', undefined)).toBe('1');
    expect(coerceLookupValue('true', 'boolean')).toBe(true);
  });

  it('stay text when they do not fit the type, so the schema check can say so', () => {
    expect(coerceLookupValue('high', 'integer')).toBe('high');
    expect(coerceLookupValue('', 'number')).toBe('');
    expect(coerceLookupValue('yes', 'boolean')).toBe('yes');
  });

  it('are shown as typed text, or JSON for anything else', () => {
    expect(lookupValueText('x')).toBe('x');
    expect(lookupValueText(1)).toBe('1');
    expect(lookupValueText(true)).toBe('true');
  });
});

describe('a lookup table and its transform', () => {
  it('becomes the lookup transform, typed for the target', () => {
    const rows = [
      { key: 'High', value: '1' },
      { key: 'Low', value: '3' },
    ];
    expect(lookupTransformFromRows(rows, '2', 'integer')).toEqual({
      kind: 'lookup',
      table: { High: 1, Low: 3 },
      default: 2,
    });
    expect(lookupTransformFromRows(rows, '', 'string')).toEqual({ kind: 'lookup', table: { High: '1', Low: '3' } });
  });

  it('leaves out rows without a key, keeps case-insensitivity, and keeps "__proto__" as data', () => {
    const transform = lookupTransformFromRows(
      [
        { key: '', value: '9' },
        { key: '__proto__', value: 'x' },
      ],
      '',
      undefined,
      { kind: 'lookup', table: {}, caseInsensitive: true },
    );
    expect(Object.keys(transform.table)).toEqual(['__proto__']);
    expect(transform.caseInsensitive).toBe(true);
  });

  it('round-trips through rows', () => {
    const transform = { kind: 'lookup' as const, table: { High: 1, Medium: 'two' } };
    expect(lookupRows(transform)).toEqual([
      { key: 'High', value: '1' },
      { key: 'Medium', value: 'two' },
    ]);
    expect(lookupTransformFromRows(lookupRows(transform), '', 'integer').table).toEqual({ High: 1, Medium: 'two' });
  });

  it('flags keys typed twice', () => {
    expect([
      ...duplicateLookupKeys([
        { key: 'A', value: '1' },
        { key: 'A', value: '2' },
        { key: '', value: '' },
        { key: '', value: '' },
      ]),
    ]).toEqual(['A']);
  });
});
