import {
  constValue,
  isSchema,
  objectProperties,
  requiredProperties,
  schemaTypes,
  type JsonSchema,
} from './json-schema';

/** One branch of a oneOf/anyOf of objects, e.g. the "API key" way of authenticating. */
export interface SchemaVariant {
  index: number;
  title: string;
  schema: JsonSchema;
  /** the value of the discriminator property in this branch (`type: { const: "apiKey" }`) */
  discriminatorValue?: unknown;
}

export interface ObjectVariants {
  variants: SchemaVariant[];
  /** the property every branch pins with a `const`, e.g. "type" or "style"; absent when the branches have none */
  discriminator?: string;
}

/**
 * A oneOf (or anyOf) whose branches are all objects, with the property that
 * tells them apart when every branch pins one with a `const`.
 */
export function objectVariants(schema: JsonSchema): ObjectVariants | undefined {
  const union = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (!union || union.length === 0) return undefined;
  const branches = union.filter(isSchema);
  if (branches.length !== union.length || !branches.every(isObjectSchema)) return undefined;
  const discriminator = findDiscriminator(branches);
  const variants = branches.map((branch, index) => {
    const pinned = discriminator ? propertySchema(branch, discriminator) : undefined;
    const discriminatorValue = pinned ? constValue(pinned)?.value : undefined;
    const title =
      typeof branch.title === 'string'
        ? branch.title
        : discriminatorValue !== undefined
          ? String(discriminatorValue)
          : `Option ${index + 1}`;
    return { index, title, schema: branch, ...(discriminator ? { discriminatorValue } : {}) };
  });
  return { variants, ...(discriminator ? { discriminator } : {}) };
}

/**
 * The branch a value belongs to: by its discriminator, else the first branch
 * whose required properties the value has; undefined for an empty value.
 */
export function selectedVariant(variants: ObjectVariants, value: unknown): SchemaVariant | undefined {
  if (!isSchema(value) || Object.keys(value).length === 0) return undefined;
  const { discriminator } = variants;
  if (discriminator) {
    return variants.variants.find((variant) => Object.is(variant.discriminatorValue, value[discriminator]));
  }
  return (
    variants.variants.find((variant) => [...requiredProperties(variant.schema)].every((name) => name in value)) ??
    variants.variants.find((variant) => Object.keys(value).some((name) => propertySchema(variant.schema, name)))
  );
}

/**
 * The value after choosing another branch: the discriminator set to the
 * branch's const, and the properties both branches share kept (a base URL
 * survives switching from "API key" to "Bearer token"); the rest is dropped.
 */
export function switchVariant(
  variants: ObjectVariants,
  value: Record<string, unknown>,
  next: SchemaVariant,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, propertyValue] of Object.entries(value)) {
    if (name === variants.discriminator) continue;
    if (propertySchema(next.schema, name)) kept[name] = propertyValue;
  }
  return variants.discriminator ? { [variants.discriminator]: next.discriminatorValue, ...kept } : kept;
}

/** The branch's properties without the discriminator, which the variant select stands for. */
export function variantFields(variants: ObjectVariants, variant: SchemaVariant): [string, JsonSchema][] {
  return objectProperties(variant.schema).filter(([name]) => name !== variants.discriminator);
}

function isObjectSchema(schema: JsonSchema): boolean {
  const types = schemaTypes(schema);
  return types.includes('object') || (types.length === 0 && isSchema(schema.properties));
}

function findDiscriminator(branches: JsonSchema[]): string | undefined {
  const [first] = branches;
  if (!first) return undefined;
  return objectProperties(first)
    .map(([name]) => name)
    .find((name) => {
      const values = branches.map((branch) => {
        const property = propertySchema(branch, name);
        return property ? constValue(property) : undefined;
      });
      if (!values.every((pinned) => pinned !== undefined)) return false;
      // the consts must tell the branches apart
      return new Set(values.map((pinned) => JSON.stringify(pinned?.value))).size === branches.length;
    });
}

function propertySchema(schema: JsonSchema, name: string): JsonSchema | undefined {
  const properties = schema.properties;
  if (!isSchema(properties)) return undefined;
  const property = properties[name];
  return isSchema(property) ? property : undefined;
}
