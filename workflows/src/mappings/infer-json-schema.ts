import { format } from '@cfworker/json-schema';
import type { JsonSchemaObject } from './field-mapping';

/**
 * Infers a JSON Schema (draft 2020-12) from sample payloads, so an analyst can
 * start a mapping from a real ERP export instead of writing the source schema.
 * Every sample is merged: a field gets every type it was seen with ("null"
 * included), objects list a field as required only when every sample had it,
 * array items from all arrays are merged into one item schema, and text gets
 * `format: "date-time"` or `"date"` when every value seen was one (checked
 * with the same rules the validator uses, so samples always validate).
 *
 * An array argument is a list of samples; to infer from one sample that is
 * itself an array, wrap it: `inferJsonSchema([sample])`.
 *
 * @example
 * inferJsonSchema([{ id: 1, due: '2024-03-05' }, { id: 2, due: null, note: 'x' }]);
 * // { $schema: …, type: 'object', properties: { id: { type: 'integer' },
 * //   due: { type: ['string', 'null'], format: 'date' }, note: { type: 'string' } }, required: ['id', 'due'] }
 */
export function inferJsonSchema(samples: unknown): JsonSchemaObject {
  const shape = emptyShape();
  for (const sample of Array.isArray(samples) ? samples : [samples]) observe(shape, sample, 0);
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schemaOf(shape) };
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** What was seen at one place across all samples. */
interface Shape {
  types: Set<JsonType>;
  /** objects seen here, and per property how many of them had it */
  objects: number;
  properties: Map<string, { present: number; shape: Shape }>;
  items: Shape | null;
  strings: number;
  dateTimes: number;
  dates: number;
}

/** Deeper than this is not a payload but a cycle or an attack; below it, anything is allowed. */
const MAX_DEPTH = 64;
const TYPE_ORDER: JsonType[] = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

function emptyShape(): Shape {
  return {
    types: new Set(),
    objects: 0,
    properties: new Map(),
    items: null,
    strings: 0,
    dateTimes: 0,
    dates: 0,
  };
}

function observe(shape: Shape, value: unknown, depth: number): void {
  if (value === null) shape.types.add('null');
  else if (typeof value === 'boolean') shape.types.add('boolean');
  else if (typeof value === 'number') shape.types.add(Number.isInteger(value) ? 'integer' : 'number');
  else if (typeof value === 'string') observeText(shape, value);
  else if (Array.isArray(value)) {
    shape.types.add('array');
    if (depth >= MAX_DEPTH) return;
    shape.items ??= emptyShape();
    for (const item of value) observe(shape.items, item, depth + 1);
  } else if (typeof value === 'object') {
    shape.types.add('object');
    shape.objects += 1;
    if (depth >= MAX_DEPTH) return;
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      let property = shape.properties.get(key);
      if (!property) {
        property = { present: 0, shape: emptyShape() };
        shape.properties.set(key, property);
      }
      property.present += 1;
      observe(property.shape, child, depth + 1);
    }
  }
  // undefined, functions and the like are not JSON: nothing to describe
}

function observeText(shape: Shape, text: string): void {
  shape.types.add('string');
  shape.strings += 1;
  if (format['date-time']!(text)) shape.dateTimes += 1;
  else if (format.date!(text)) shape.dates += 1;
}

function schemaOf(shape: Shape): JsonSchemaObject {
  const types = TYPE_ORDER.filter((type) => shape.types.has(type));
  // an integer where other samples had fractions is just a number
  const merged = types.includes('number') ? types.filter((type) => type !== 'integer') : types;
  if (merged.length === 0) return {};
  const schema: JsonSchemaObject = { type: merged.length === 1 ? merged[0]! : merged };
  if (shape.types.has('string') && shape.strings > 0) {
    if (shape.dateTimes === shape.strings) schema.format = 'date-time';
    else if (shape.dates === shape.strings) schema.format = 'date';
  }
  if (shape.types.has('object')) {
    const properties: JsonSchemaObject = {};
    const required: string[] = [];
    for (const [key, property] of shape.properties) {
      // defined, not assigned: a "__proto__" field is data like any other
      Object.defineProperty(properties, key, { value: schemaOf(property.shape), enumerable: true, writable: true });
      if (property.present === shape.objects) required.push(key);
    }
    schema.properties = properties;
    if (required.length > 0) schema.required = required;
  }
  if (shape.items && shape.items.types.size > 0) schema.items = schemaOf(shape.items);
  return schema;
}
