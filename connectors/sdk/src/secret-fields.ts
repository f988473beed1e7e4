import type { z } from 'zod';

export type JsonSchema = z.core.JSONSchema.JSONSchema;
type JsonSchemaOrBoolean = z.core.JSONSchema._JSONSchema;

/**
 * Marks a schema as holding a secret. The mark travels into JSON Schema as
 * `secret: true` (our editor renders a password field and never echoes it back)
 * plus the standard `writeOnly: true`; the executor reads it to know which
 * connection values to redact from logs and errors.
 *
 * @example
 * const Auth = z.object({ username: z.string(), password: secret(z.string().min(1)) });
 */
export function secret<T extends z.ZodType>(schema: T): T {
  return schema.meta({ secret: true, writeOnly: true });
}

/** Whether a JSON Schema node carries the {@link secret} mark. */
export function isSecretJsonSchema(schema: JsonSchemaOrBoolean): boolean {
  return typeof schema === 'object' && schema.secret === true;
}

/**
 * Every string inside `value` that sits under a secret-marked node of `schema`.
 * Union branches are all visited: a value that matches no branch exactly may
 * still hold secrets, and over-redacting is harmless.
 *
 * @example
 * collectSecretValues(authJsonSchema, { type: 'bearer', token: 's3cr3t' }); // ['s3cr3t']
 */
export function collectSecretValues(schema: JsonSchema, value: unknown): string[] {
  const found = new Set<string>();
  visit(schema, value, schema, found, new Set());
  return [...found];
}

/** Dotted paths of the secret-marked properties, e.g. `token`, `oauth.clientSecret`, for every union branch. */
export function secretFieldPaths(schema: JsonSchema): string[] {
  const paths = new Set<string>();
  for (const field of schemaFields(schema)) if (field.secret) paths.add(field.path);
  return [...paths];
}

export interface SchemaField {
  path: string;
  secret: boolean;
  schema: JsonSchemaOrBoolean;
}

/** All named properties reachable in `schema` (through unions, arrays and nesting), with their secret mark. */
export function schemaFields(schema: JsonSchema): SchemaField[] {
  const fields: SchemaField[] = [];
  const walk = (node: JsonSchemaOrBoolean, prefix: string, pathRefs: Set<string>): void => {
    if (typeof node !== 'object') return;
    const found = resolveRef(node, schema, pathRefs);
    if (!found) return;
    const { node: resolved, refs } = found;
    for (const [name, child] of Object.entries(resolved.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      fields.push({ path, secret: isSecretJsonSchema(child), schema: child });
      walk(child, path, refs);
    }
    for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])])
      walk(branch, prefix, refs);
    if (resolved.items !== undefined && !Array.isArray(resolved.items)) walk(resolved.items, `${prefix}[]`, refs);
    if (typeof resolved.additionalProperties === 'object') walk(resolved.additionalProperties, `${prefix}.*`, refs);
  };
  walk(schema, '', new Set());
  return fields;
}

function visit(
  node: JsonSchemaOrBoolean,
  value: unknown,
  root: JsonSchema,
  found: Set<string>,
  pathRefs: Set<string>,
): void {
  if (typeof node !== 'object' || value === undefined || value === null) return;
  const target = resolveRef(node, root, pathRefs);
  if (!target) return;
  const { node: resolved, refs } = target;
  if (isSecretJsonSchema(resolved)) {
    collectStrings(value, found);
    return;
  }
  for (const branch of [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.allOf ?? [])]) {
    visit(branch, value, root, found, refs);
  }
  if (Array.isArray(value)) {
    const items = resolved.items;
    value.forEach((item, index) => {
      const itemSchema = Array.isArray(items) ? items[index] : (resolved.prefixItems?.[index] ?? items);
      if (itemSchema !== undefined) visit(itemSchema, item, root, found, refs);
    });
    return;
  }
  if (typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    const property = resolved.properties?.[key] ?? resolved.additionalProperties;
    if (property !== undefined) visit(property, item, root, found, refs);
  }
}

/**
 * Follows local `$ref`s (zod emits them for recursive schemas). `refs` holds the
 * refs followed on the current path, so a recursive schema is walked once per level.
 */
function resolveRef(
  node: JsonSchema,
  root: JsonSchema,
  refs: Set<string>,
): { node: JsonSchema; refs: Set<string> } | undefined {
  const ref = node.$ref;
  if (ref === undefined) return { node, refs };
  if (refs.has(ref)) return undefined;
  const followed = new Set(refs).add(ref);
  if (ref === '#') return { node: root, refs: followed };
  const name = ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
  const target = name === undefined ? undefined : root.$defs?.[name];
  return target === undefined ? undefined : { node: target, refs: followed };
}

function collectStrings(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length > 0) found.add(value);
  } else if (typeof value === 'number' || typeof value === 'bigint') {
    found.add(String(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collectStrings(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectStrings(item, found);
  }
}
