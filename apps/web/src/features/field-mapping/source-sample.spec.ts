import { describe, expect, it } from 'vitest';
import { parseSourceSample, sourceFieldTree } from './source-sample';

describe('parsing a pasted sample', () => {
  it('accepts JSON', () => {
    expect(parseSourceSample('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('says at which line and column invalid JSON breaks', () => {
    const result = parseSourceSample('{\n  "a": 1,\n  "b": oops\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid JSON at line 3, column 8: /);
  });

  it('asks for a sample when there is none', () => {
    expect(parseSourceSample('  ')).toMatchObject({ ok: false, message: expect.stringContaining('Paste') });
  });
});

describe('the source field tree', () => {
  it('lists nested fields with their mapping paths, lists through their first item', () => {
    const tree = sourceFieldTree({ job: { asset: 'PUMP-07', 'Job No.': 7 }, lines: [{ qty: 2 }], empty: [] });
    expect(tree.map((field) => [field.path, field.label, field.depth, field.preview])).toEqual([
      ['job', 'job', 0, 'object'],
      ['job.asset', 'asset', 1, '"PUMP-07"'],
      ['job["Job No."]', 'Job No.', 1, '7'],
      ['lines', 'lines', 0, 'list of 1'],
      ['lines[0]', '[0]', 1, 'object'],
      ['lines[0].qty', 'qty', 2, '2'],
      ['empty', 'empty', 0, 'list of 0'],
    ]);
  });

  it('reads a list of samples through its first record, and nothing from a scalar', () => {
    expect(sourceFieldTree([{ a: 1 }, { b: 2 }]).map((field) => field.path)).toEqual(['a']);
    expect(sourceFieldTree('text')).toEqual([]);
  });
});
