/**
 * Reading JSON Schema 2020-12 documents as the connector manifests carry
 * them (zod's JSON Schema output): types, titles, secrets, defaults and
 * required properties. Pure functions, no React.
 */
export type JsonSchema = Record<string, unknown>;

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The declared types without "null": `["string", "null"]` is an optional string to a form. */
export function schemaTypes(schema: JsonSchema): string[] {
  const declared = schema.type;
  const types = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared : [];
  return types.filter((type): type is string => typeof type === 'string' && type !== 'null');
}

/** `secret: true` (the connector SDK's marker) or `writeOnly: true` (JSON Schema's): never shown, never echoed. */
export function isSecret(schema: JsonSchema): boolean {
  return schema.secret === true || schema.writeOnly === true;
}

/** The property's title when the schema gives one, else its name. */
export function fieldLabel(name: string, schema: JsonSchema): string {
  return typeof schema.title === 'string' && schema.title.trim() !== '' ? schema.title : name;
}

export function fieldDescription(schema: JsonSchema): string | undefined {
  return typeof schema.description === 'string' && schema.description !== '' ? schema.description : undefined;
}

export function objectProperties(schema: JsonSchema): [string, JsonSchema][] {
  const properties = schema.properties;
  if (!isSchema(properties)) return [];
  return Object.entries(properties).filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]));
}

export function requiredProperties(schema: JsonSchema): Set<string> {
  const required = schema.required;
  return new Set(Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : []);
}

/**
 * The default as placeholder text, so a form shows what applies when the field
 * stays empty without writing the default into the value.
 */
export function defaultPlaceholder(schema: JsonSchema): string | undefined {
  if (!('default' in schema) || schema.default === undefined) return undefined;
  const value = schema.default;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `{ "const": x }` or a one-value enum pin a value. */
export function constValue(schema: JsonSchema): { value: unknown } | undefined {
  if ('const' in schema) return { value: schema.const };
  return undefined;
}

export function enumValues(schema: JsonSchema): unknown[] | undefined {
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}
