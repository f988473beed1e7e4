import { describe, expect, it } from 'vitest';
import { duplicateKeys, recordFromRows, rowsFromRecord, rowsMatchRecord } from './record-rows';

describe('record rows', () => {
  it('turns a record into rows and back', () => {
    const record = { 'X-Tenant': 'acme', Accept: 'application/json' };
    expect(recordFromRows(rowsFromRecord(record))).toEqual(record);
    expect(rowsFromRecord(undefined)).toEqual([]);
  });

  it('leaves half-typed rows out: no name, or a name already used above', () => {
    const rows = [
      { key: 'A', value: '1' },
      { key: '', value: '2' },
      { key: 'A', value: '3' },
    ];
    expect(recordFromRows(rows)).toEqual({ A: '1' });
    expect(duplicateKeys(rows)).toEqual(new Set([2]));
  });

  it('tells whether rows already stand for a record', () => {
    const rows = [
      { key: 'A', value: '1' },
      { key: '', value: '' },
    ];
    expect(rowsMatchRecord(rows, { A: '1' })).toBe(true);
    expect(rowsMatchRecord(rows, { A: '2' })).toBe(false);
    expect(rowsMatchRecord([], undefined)).toBe(true);
  });
});
