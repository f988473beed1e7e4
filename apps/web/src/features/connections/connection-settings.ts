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

/** Filled in by the platform's "Connect" flow, never typed. */
const PLATFORM_TOKEN_FIELDS = ['accessToken', 'refreshToken', 'expiresAt'];

/**
 * The auth schema as the connection form shows it. OAuth2 authorization-code
 * branches (those with a `refreshToken` field, as the SDK's
 * OAuth2AuthorizationCodeFields declare it) lose the token fields the
 * "Connect" flow fills in, and gain the authorization URL and extra
 * parameters the API's authorize step reads from the connection
 * (docs/connections.md), which the SDK's fields do not declare.
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
  if (!isSchema(branch) || !isSchema(branch.properties) || !('refreshToken' in branch.properties)) return branch;
  const properties: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(branch.properties)) {
    if (name === 'tokenUrl' && !('authorizeUrl' in branch.properties)) {
      properties.authorizeUrl = {
        type: 'string',
        format: 'uri',
        description: 'Authorization endpoint the user is sent to when you choose Connect',
      };
    }
    if (!PLATFORM_TOKEN_FIELDS.includes(name)) properties[name] = property;
  }
  if (!('authorizeUrl' in properties)) {
    properties.authorizeUrl = { type: 'string', format: 'uri', description: 'Authorization endpoint' };
  }
  if (!('authorizeParams' in properties)) {
    properties.authorizeParams = {
      type: 'object',
      additionalProperties: { type: 'string' },
      description: 'Extra authorization request parameters, e.g. access_type = offline',
    };
  }
  const required = Array.isArray(branch.required)
    ? branch.required.filter((name) => typeof name === 'string' && !PLATFORM_TOKEN_FIELDS.includes(name))
    : [];
  return { ...branch, properties, required: [...new Set([...required, 'authorizeUrl'])] };
}
