import type { Schema } from '@cfworker/json-schema';

/**
 * The parts of the draft 2020-12 meta-schema that catch real mistakes in a
 * hand-written schema (a misspelt type, `required: "id"`, a negative length).
 * @cfworker/json-schema does not check schemas itself and would quietly
 * accept these, so `jsonSchemaValidate` checks the schema with this first.
 */
const TYPE_NAMES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
const subschema: Schema = { $ref: '#' };
const subschemaMap: Schema = { type: 'object', additionalProperties: subschema };
const subschemaList: Schema = { type: 'array', minItems: 1, items: subschema };
const count: Schema = { type: 'integer', minimum: 0 };

export const SCHEMA_SHAPE: Schema = {
  type: ['object', 'boolean'],
  properties: {
    $schema: { type: 'string' },
    $id: { type: 'string' },
    $ref: { type: 'string' },
    $defs: subschemaMap,
    definitions: subschemaMap,
    type: {
      anyOf: [{ enum: TYPE_NAMES }, { type: 'array', items: { enum: TYPE_NAMES }, minItems: 1, uniqueItems: true }],
    },
    enum: { type: 'array' },
    required: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    properties: subschemaMap,
    patternProperties: subschemaMap,
    additionalProperties: subschema,
    unevaluatedProperties: subschema,
    propertyNames: subschema,
    dependentSchemas: subschemaMap,
    items: subschema,
    prefixItems: subschemaList,
    contains: subschema,
    unevaluatedItems: subschema,
    allOf: subschemaList,
    anyOf: subschemaList,
    oneOf: subschemaList,
    not: subschema,
    if: subschema,
    then: subschema,
    else: subschema,
    minLength: count,
    maxLength: count,
    minItems: count,
    maxItems: count,
    minProperties: count,
    maxProperties: count,
    minContains: count,
    maxContains: count,
    uniqueItems: { type: 'boolean' },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    exclusiveMinimum: { type: 'number' },
    exclusiveMaximum: { type: 'number' },
    multipleOf: { type: 'number', exclusiveMinimum: 0 },
    pattern: { type: 'string', format: 'regex' },
    format: { type: 'string' },
  },
};
