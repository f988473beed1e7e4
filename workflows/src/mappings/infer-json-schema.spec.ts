import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { inferJsonSchema } from './infer-json-schema';

describe('inferJsonSchema', () => {
  it('describes one sample with types, nested objects and formats', () => {
    expect(
      inferJsonSchema({
        jobNumber: 'MJ-100001',
        qty: 2,
        weight: 1.5,
        urgent: true,
        raisedAt: '2026-11-24T10:00:00.000Z',
        dueOn: '2026-12-15',
        dueDate: '15.12.2026',
        asset: { tag: 'P-7' },
      }),
    ).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        jobNumber: { type: 'string' },
        qty: { type: 'integer' },
        weight: { type: 'number' },
        urgent: { type: 'boolean' },
        raisedAt: { type: 'string', format: 'date-time' },
        dueOn: { type: 'string', format: 'date' },
        dueDate: { type: 'string' },
        asset: { type: 'object', properties: { tag: { type: 'string' } }, required: ['tag'] },
      },
      required: ['jobNumber', 'qty', 'weight', 'urgent', 'raisedAt', 'dueOn', 'dueDate', 'asset'],
    });
  });

  it('merges samples: required only when always present, nullable where null was seen', () => {
    const schema = inferJsonSchema([
      { id: 1, due: '2024-03-05', note: 'x' },
      { id: 2.5, due: null },
    ]);
    expect(schema).toMatchObject({
      properties: {
        id: { type: 'number' },
        due: { type: ['string', 'null'], format: 'date' },
        note: { type: 'string' },
      },
      required: ['id', 'due'],
    });
  });

  it('merges the item shapes of arrays', () => {
    const schema = inferJsonSchema([{ lines: [{ qty: 1 }, { qty: 2, unit: 'pcs' }] }, { lines: [] }]);
    expect(schema.properties).toEqual({
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: { qty: { type: 'integer' }, unit: { type: 'string' } },
          required: ['qty'],
        },
      },
    });
  });

  it('drops a format that not every value has', () => {
    const schema = inferJsonSchema([{ at: '2024-03-05T10:00:00Z' }, { at: 'tomorrow' }]);
    expect(schema.properties).toEqual({ at: { type: 'string' } });
  });

  it('lists every type seen for mixed values', () => {
    const schema = inferJsonSchema([{ code: 7 }, { code: 'A7' }, { code: { x: 1 } }]);
    expect(schema.properties).toMatchObject({ code: { type: ['object', 'string', 'integer'] } });
  });

  it('gives a schema that every sample validates against', () => {
    const samples = [
      { id: 1, tags: ['a'], at: '2024-03-05T10:00:00+01:00', nested: { deep: [1, 2.5, null] } },
      { id: 2, tags: [], at: null, extra: false },
    ];
    const validator = new Validator(inferJsonSchema(samples) as Schema, '2020-12');
    for (const sample of samples) expect(validator.validate(sample).valid).toBe(true);
  });

  it('keeps a "__proto__" field as an ordinary property', () => {
    const schema = inferJsonSchema(JSON.parse('{"__proto__": {"a": 1}}'));
    expect(Object.keys(schema.properties as object)).toEqual(['__proto__']);
  });

  it('accepts anything when there are no samples', () => {
    expect(inferJsonSchema([])).toEqual({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });
});
