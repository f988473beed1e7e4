import { describe, expect, it } from 'vitest';
import { listTargetFields, mappingRows } from './target-fields';

const schema = {
  type: 'object',
  required: ['title', 'asset'],
  properties: {
    title: { type: 'string', description: 'short text' },
    priority: { type: ['integer', 'null'] },
    asset: { type: 'object', required: ['tag'], properties: { tag: { type: 'string' }, site: { type: 'string' } } },
    location: { type: 'object', required: ['room'], properties: { room: { type: 'string' } } },
    'Job No.': { enum: ['a', 'b'] },
    tags: { type: 'array', items: { type: 'string' } },
  },
};

describe('target fields from a schema', () => {
  it('lists leaves with dotted paths, their type and whether they are required', () => {
    expect(listTargetFields(schema)).toEqual([
      { path: 'title', type: 'string', required: true, description: 'short text' },
      { path: 'priority', type: 'integer', required: false },
      { path: 'asset.tag', type: 'string', required: true },
      { path: 'asset.site', type: 'string', required: false },
      // required inside an optional object is only required when the object is written
      { path: 'location.room', type: 'string', required: false },
      { path: '["Job No."]', type: 'string', required: false },
      { path: 'tags', type: 'array', required: false },
    ]);
  });

  it('is empty without a schema or without properties', () => {
    expect(listTargetFields(undefined)).toEqual([]);
    expect(listTargetFields({ type: 'object' })).toEqual([]);
  });
});

describe('mapping rows', () => {
  it('are the schema fields with their rules, then the targets only rules name', () => {
    const fields = listTargetFields({ properties: { a: { type: 'string' }, b: { type: 'string' } } });
    const rows = mappingRows(fields, [
      { target: 'extra', source: 'x' },
      { target: 'b', source: 'y' },
    ]);
    expect(rows.map((row) => [row.target, row.ruleIndex, row.field !== undefined])).toEqual([
      ['a', undefined, true],
      ['b', 1, true],
      ['extra', 0, false],
    ]);
  });
});
