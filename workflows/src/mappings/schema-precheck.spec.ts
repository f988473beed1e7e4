import { Validator, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { compileSchemaPrecheck } from './schema-precheck';

const workOrder = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'work order',
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 5 },
    priority: { enum: [1, 2, 3] },
    kind: { const: 'corrective' },
    dueAt: { type: 'string', format: 'date-time' },
    code: { type: 'string', pattern: '^[A-Z]{2}-\\d+$' },
    qty: { type: ['number', 'null'], minimum: 0, exclusiveMaximum: 100 },
    count: { type: 'integer', maximum: 10, exclusiveMinimum: 0 },
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    meta: { type: 'object', additionalProperties: { type: 'boolean' } },
  },
  required: ['title', 'priority'],
  additionalProperties: false,
};

const instances: unknown[] = [
  { title: 'Seal', priority: 1 },
  { title: '🔧🔧🔧🔧🔧', priority: 2 },
  { title: '🔧🔧🔧🔧🔧🔧', priority: 2 },
  { title: '', priority: 1 },
  { title: 'Seal' },
  { title: 'Seal', priority: 4 },
  { title: 'Seal', priority: '1' },
  { title: 'Seal', priority: 1, kind: 'corrective' },
  { title: 'Seal', priority: 1, kind: 'preventive' },
  { title: 'Seal', priority: 1, dueAt: '2024-03-05T10:00:00Z' },
  { title: 'Seal', priority: 1, dueAt: '2024-03-05' },
  { title: 'Seal', priority: 1, code: 'PM-12' },
  { title: 'Seal', priority: 1, code: 'pm-12' },
  { title: 'Seal', priority: 1, qty: null },
  { title: 'Seal', priority: 1, qty: 0 },
  { title: 'Seal', priority: 1, qty: 100 },
  { title: 'Seal', priority: 1, qty: -1 },
  { title: 'Seal', priority: 1, count: 10 },
  { title: 'Seal', priority: 1, count: 0 },
  { title: 'Seal', priority: 1, count: 2.5 },
  { title: 'Seal', priority: 1, tags: ['a'] },
  { title: 'Seal', priority: 1, tags: [] },
  { title: 'Seal', priority: 1, tags: ['a', 'b', 'c'] },
  { title: 'Seal', priority: 1, tags: ['a', 1] },
  { title: 'Seal', priority: 1, meta: { urgent: true } },
  { title: 'Seal', priority: 1, meta: { urgent: 'yes' } },
  { title: 'Seal', priority: 1, other: 1 },
  [],
  'text',
  null,
];

describe('compileSchemaPrecheck', () => {
  it('agrees with @cfworker/json-schema on every instance', () => {
    const precheck = compileSchemaPrecheck(workOrder)!;
    const validator = new Validator(workOrder as Schema, '2020-12', false);
    for (const instance of instances) {
      expect(precheck(instance), JSON.stringify(instance)).toBe(validator.validate(instance).valid);
    }
  });

  it('gives no precheck for keywords it does not know', () => {
    expect(compileSchemaPrecheck({ anyOf: [{ type: 'string' }] })).toBeNull();
    expect(compileSchemaPrecheck({ type: 'object', properties: { a: { $ref: '#/$defs/a' } } })).toBeNull();
    expect(compileSchemaPrecheck({ type: 'array', items: [{ type: 'string' }] })).toBeNull();
    expect(compileSchemaPrecheck({ minimum: '1' })).toBeNull();
  });

  it('handles boolean schemas', () => {
    expect(compileSchemaPrecheck(true)!('anything')).toBe(true);
    expect(compileSchemaPrecheck({ properties: { a: false } })!({ a: 1 })).toBe(false);
  });
});
