import { z } from 'zod';
import { DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES } from '@tributary/db/payload-claim-check.codec';
import { DEFAULT_TASK_QUEUE } from '@tributary/workflows/run-flow.contract';

/**
 * The API's whole configuration, built once at start-up from the environment.
 * Nothing else in the API reads `process.env`; modules receive this object
 * through the {@link APP_CONFIG} token.
 */
export interface AppConfig {
  port: number;
  host: string;
  /** base URL clients use to reach this API; webhook URLs are built from it */
  publicUrl: string;
  databaseUrl: string;
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    /** base URL of the Temporal Web UI; run links are omitted when null */
    uiUrl: string | null;
    /** payloads serialized bigger than this are kept in Postgres, history holds a reference */
    payloadClaimCheckThresholdBytes: number;
  };
  hooks: {
    /** how long `POST /hooks/<path>?sync=1` waits for the run's response before answering 202 */
    syncTimeoutMs: number;
  };
  /** base64 of the 32-byte key that encrypts connection secrets */
  connectionSecretsKey: string;
  logLevel: LogLevel;
}

export const APP_CONFIG = Symbol('AppConfig');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class InvalidConfigurationError extends Error {
  readonly code = 'invalid_configuration';

  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'InvalidConfigurationError';
  }
}

/**
 * Validates the environment and returns the typed configuration, or throws an
 * {@link InvalidConfigurationError} whose message names every bad variable.
 *
 * @example const config = buildAppConfig(process.env);
 */
export function buildAppConfig(env: Record<string, string | undefined>): AppConfig {
  const result = EnvSchema.safeParse(withoutEmptyValues(env));
  if (!result.success) {
    throw new InvalidConfigurationError(result.error.issues.map(describeIssue));
  }
  const vars = result.data;
  return {
    port: vars.PORT,
    host: vars.HOST,
    publicUrl: stripTrailingSlash(vars.PUBLIC_URL ?? `http://${hostForUrl(vars.HOST)}:${vars.PORT}`),
    databaseUrl: vars.DATABASE_URL,
    temporal: {
      address: vars.TEMPORAL_ADDRESS,
      namespace: vars.TEMPORAL_NAMESPACE,
      taskQueue: vars.TEMPORAL_TASK_QUEUE,
      uiUrl: vars.TEMPORAL_UI_URL === 'off' ? null : stripTrailingSlash(vars.TEMPORAL_UI_URL),
      payloadClaimCheckThresholdBytes: vars.PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES,
    },
    hooks: { syncTimeoutMs: vars.HOOK_SYNC_TIMEOUT_MS },
    connectionSecretsKey: vars.CONNECTION_SECRETS_KEY,
    logLevel: vars.LOG_LEVEL,
  };
}

// Temporal rejects a payload over 2 MiB, so a claim-check threshold above it would never help.
const MAX_CLAIM_CHECK_THRESHOLD_BYTES = 2 * 1024 * 1024;
const claimCheckThresholdMessage = `PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES must be a whole number of bytes from 0 to ${MAX_CLAIM_CHECK_THRESHOLD_BYTES}`;

const httpUrl = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` });

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a port number (0-65535)' })
    .int('PORT must be a port number (0-65535)')
    .min(0, 'PORT must be a port number (0-65535)')
    .max(65535, 'PORT must be a port number (0-65535)')
    .default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: httpUrl('PUBLIC_URL').optional(),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^\s:/]+:\d{1,5}$/, 'TEMPORAL_ADDRESS must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default('default'),
  TEMPORAL_TASK_QUEUE: z.string().default(DEFAULT_TASK_QUEUE),
  TEMPORAL_UI_URL: z.union([z.literal('off'), httpUrl('TEMPORAL_UI_URL')]).default('http://127.0.0.1:8233'),
  HOOK_SYNC_TIMEOUT_MS: z.coerce
    .number({ error: 'HOOK_SYNC_TIMEOUT_MS must be milliseconds (100-600000)' })
    .int('HOOK_SYNC_TIMEOUT_MS must be milliseconds (100-600000)')
    .min(100, 'HOOK_SYNC_TIMEOUT_MS must be milliseconds (100-600000)')
    .max(600_000, 'HOOK_SYNC_TIMEOUT_MS must be milliseconds (100-600000)')
    .default(30_000),
  PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: z
    .string()
    .regex(/^\d+$/, claimCheckThresholdMessage)
    .transform(Number)
    .pipe(z.number().max(MAX_CLAIM_CHECK_THRESHOLD_BYTES, claimCheckThresholdMessage))
    .default(DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES),
  CONNECTION_SECRETS_KEY: z
    .string({ error: 'CONNECTION_SECRETS_KEY is required (base64 of 32 bytes)' })
    .refine(isBase64Of32Bytes, 'CONNECTION_SECRETS_KEY must be base64 of 32 bytes'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

// base64 or base64url, padded or not: the cipher in @tributary/db takes both.
function isBase64Of32Bytes(value: string): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === 32;
}

// An exported-but-empty variable (`FOO=`) means "not set", so defaults apply.
function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

// Messages above already name their variable; zod's own messages (wrong
// type, unusual cases) get the variable name put in front.
function describeIssue(issue: z.core.$ZodIssue): string {
  const variable = String(issue.path[0] ?? 'environment');
  return issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`;
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
