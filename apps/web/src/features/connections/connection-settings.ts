import { isSchema, isSecret, objectProperties, type JsonSchema } from '../../components/schema-form/json-schema';
import { objectVariants, selectedVariant } from '../../components/schema-form/schema-variants';

/**
 * A connection as one form (the connector's `auth` schema) and as the API
 * stores it: `config` (shown back) and `secrets` (encrypted, never returned).
 * Pure functions between the two.
 */
export interface ConnectionSettings {
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

/** The properties that apply to a value: the chosen oneOf branch's, or the object's own. */
export function applicableProperties(schema: JsonSchema, value: Record<string, unknown>): Map<string, JsonSchema> {
  const variants = objectVariants(schema);
  const branch = variants ? selectedVariant(variants, value)?.schema : schema;
  return new Map(branch ? objectProperties(branch) : []);
}

/** A field is secret when its schema says so, or when it is a record of secret values (e.g. auth headers). */
export function isSecretField(schema: JsonSchema | undefined): boolean {
  if (!schema) return false;
  return isSecret(schema) || (isSchema(schema.additionalProperties) && isSecret(schema.additionalProperties));
}

/** Splits the form's value: secret fields go to `secrets`, everything else (unknown fields too) to `config`. */
export function splitSettings(schema: JsonSchema, value: Record<string, unknown>): ConnectionSettings {
  const properties = applicableProperties(schema, value);
  const config: Record<string, unknown> = {};
  const secrets: Record<string, unknown> = {};
  for (const [name, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined) continue;
    if (isSecretField(properties.get(name))) secrets[name] = fieldValue;
    else config[name] = fieldValue;
  }
  return { config, secrets };
}

/**
 * The PATCH for an edited connection: config fields that changed are sent,
 * removed ones as `null`; secrets only when typed (an empty secret field
 * means "keep the stored value").
 */
export function settingsPatch(
  schema: JsonSchema,
  storedConfig: Record<string, unknown>,
  value: Record<string, unknown>,
): { config: Record<string, unknown>; secrets: Record<string, unknown> } {
  const { config, secrets } = splitSettings(schema, value);
  const configPatch: Record<string, unknown> = {};
  for (const [name, fieldValue] of Object.entries(config)) {
    if (JSON.stringify(storedConfig[name]) !== JSON.stringify(fieldValue)) configPatch[name] = fieldValue;
  }
  for (const name of Object.keys(storedConfig)) {
    if (!(name in config)) configPatch[name] = null;
  }
  return { config: configPatch, secrets };
}

/** How a connection authenticates, for the list: the title of its oneOf branch, else the schema's title. */
export function authKindLabel(schema: JsonSchema | undefined, config: Record<string, unknown>): string {
  if (!schema) return '—';
  const variants = objectVariants(schema);
  if (variants) return selectedVariant(variants, config)?.title ?? '—';
  return typeof schema.title === 'string' ? schema.title : '—';
}

/**
 * The auth schema as the connection form shows it: without the fields the
 * platform fills in itself (`readOnly`, e.g. an OAuth2 connection's tokens,
 * which "Connect" obtains and refreshes keep current).
 */
export function connectionFormSchema(auth: JsonSchema): JsonSchema {
  if (Array.isArray(auth.oneOf)) return { ...auth, oneOf: auth.oneOf.map((branch) => formBranch(branch)) };
  if (Array.isArray(auth.anyOf)) return { ...auth, anyOf: auth.anyOf.map((branch) => formBranch(branch)) };
  return formBranch(auth) as JsonSchema;
}

/** Whether a connection is set up for the authorization-code flow: it has the authorization URL to send users to. */
export function usesAuthorizationCode(connection: { config: Record<string, unknown> }): boolean {
  return typeof connection.config.authorizeUrl === 'string' && connection.config.authorizeUrl !== '';
}

function formBranch(branch: unknown): unknown {
  if (!isSchema(branch) || !isSchema(branch.properties)) return branch;
  const filledByPlatform = Object.entries(branch.properties)
    .filter(([, property]) => isSchema(property) && property.readOnly === true)
    .map(([name]) => name);
  if (filledByPlatform.length === 0) return branch;
  const properties = Object.fromEntries(
    Object.entries(branch.properties).filter(([name]) => !filledByPlatform.includes(name)),
  );
  const required = Array.isArray(branch.required)
    ? branch.required.filter((name) => typeof name === 'string' && !filledByPlatform.includes(name))
    : undefined;
  return { ...branch, properties, ...(required ? { required } : {}) };
}
