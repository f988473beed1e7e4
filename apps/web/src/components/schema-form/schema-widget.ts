import { constValue, enumValues, isSchema, isSecret, schemaTypes, type JsonSchema } from './json-schema';
import { objectVariants } from './schema-variants';

/** Which control a schema gets. */
export type WidgetKind =
  'text' | 'secret' | 'number' | 'boolean' | 'select' | 'object' | 'variants' | 'array' | 'record' | 'json' | 'none';

export interface Widget {
  kind: WidgetKind;
  /** the schema the widget works from: the branch picked out of an anyOf, else the schema itself */
  schema: JsonSchema;
}

/** The options of a select: enum values, a const, or oneOf/anyOf branches that are each a titled const. */
export interface SelectOption {
  value: unknown;
  label: string;
}

/**
 * Picks the control for a schema: enums and consts are selects, oneOf/anyOf
 * of objects are variants (a select plus the chosen branch's fields), other
 * anyOf take their first string-ish branch (else free JSON), objects with
 * only `additionalProperties` are key/value records, and anything untyped is
 * free JSON.
 */
export function widgetFor(schema: JsonSchema): Widget {
  if (selectOptions(schema)) return { kind: 'select', schema };
  const branches = unionBranches(schema);
  if (branches) {
    if (objectVariants(schema)) return { kind: 'variants', schema };
    // `anyOf: [X, { type: "null" }]` is an optional X
    if (branches.length === 1 && branches[0]) return widgetFor({ ...withoutUnion(schema), ...branches[0] });
    const stringish = branches.find((branch) => isStringish(branch));
    return stringish ? widgetFor({ ...withoutUnion(schema), ...stringish }) : { kind: 'json', schema };
  }
  const types = schemaTypes(schema);
  if (types.length === 0) return { kind: 'json', schema };
  if (types.length > 1) {
    // e.g. a query parameter of string | number | boolean: typed as text, the API coerces
    return types.every((type) => SCALAR_TYPES.has(type)) ? { kind: 'text', schema } : { kind: 'json', schema };
  }
  switch (types[0]) {
    case 'string':
      return { kind: isSecret(schema) ? 'secret' : 'text', schema };
    case 'number':
    case 'integer':
      return { kind: 'number', schema };
    case 'boolean':
      return { kind: 'boolean', schema };
    case 'array':
      return { kind: isSchema(schema.items) ? 'array' : 'json', schema };
    case 'object':
      return { kind: objectKind(schema), schema };
    default:
      return { kind: 'json', schema };
  }
}

export function selectOptions(schema: JsonSchema): SelectOption[] | undefined {
  const values = enumValues(schema);
  if (values) return values.map((value) => ({ value, label: optionLabel(value) }));
  const pinned = constValue(schema);
  if (pinned) return [{ value: pinned.value, label: optionLabel(pinned.value) }];
  const branches = unionBranches(schema);
  if (branches && branches.length > 0 && branches.every((branch) => constValue(branch))) {
    return branches.map((branch) => {
      const value = constValue(branch)?.value;
      return { value, label: typeof branch.title === 'string' ? branch.title : optionLabel(value) };
    });
  }
  return undefined;
}

/** The input type of a string field from its format. */
export function textInputType(schema: JsonSchema): 'text' | 'url' | 'email' | 'date' | 'datetime-local' {
  switch (schema.format) {
    case 'uri':
    case 'url':
      return 'url';
    case 'email':
      return 'email';
    case 'date':
      return 'date';
    case 'date-time':
      return 'datetime-local';
    default:
      return 'text';
  }
}

/**
 * PEM documents (certificates, keys) span lines; a one-line input would
 * silently drop the line breaks of a pasted certificate.
 */
export function isMultilineText(schema: JsonSchema): boolean {
  return typeof schema.pattern === 'string' && schema.pattern.includes('-----BEGIN');
}

export function unionBranches(schema: JsonSchema): JsonSchema[] | undefined {
  const union = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (!union) return undefined;
  return union.filter(isSchema).filter((branch) => !(schemaTypes(branch).length === 0 && branch.type === 'null'));
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

function isStringish(schema: JsonSchema): boolean {
  const types = schemaTypes(schema);
  return types.includes('string') || (types.length === 0 && enumValues(schema) !== undefined);
}

function objectKind(schema: JsonSchema): WidgetKind {
  const hasProperties = isSchema(schema.properties) && Object.keys(schema.properties).length > 0;
  if (hasProperties) return 'object';
  const extra = schema.additionalProperties;
  if (extra === false) return 'none';
  if (isSchema(extra) || extra === true || isSchema(schema.propertyNames)) return 'record';
  return 'json';
}

function withoutUnion(schema: JsonSchema): JsonSchema {
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
  return rest;
}

function optionLabel(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What "Add item" puts in an array: the item's default, else an empty value of its type. */
export function emptyValueFor(schema: JsonSchema): unknown {
  if ('default' in schema) return schema.default;
  const options = selectOptions(schema);
  if (options?.length === 1) return options[0]?.value;
  const widget = widgetFor(schema);
  switch (widget.kind) {
    case 'object':
    case 'record':
      return {};
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'number':
      return 0;
    case 'text':
    case 'secret':
      return '';
    default:
      return null;
  }
}
