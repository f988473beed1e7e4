import { z } from 'zod';
import { createConnectionSecretCipher } from '@tributary/db/connection-secret-cipher';
import { connectionSecretKeysFromEnv, type ConnectionSecretKey } from '@tributary/db/connection-secret-keys';
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
  triggers: {
    /** make Temporal match the Trigger table when the API starts (schedules, consumer workflows) */
    reconcileOnStart: boolean;
  };
  connections: {
    /** how long `POST /v1/connections/:id/test` waits for a worker's verdict before answering 504 */
    testTimeoutMs: number;
  };
  stepTests: {
    /** how long `POST /v1/flows/:idOrSlug/steps/:stepId/test` waits for a worker's answer before answering 504 */
    timeoutMs: number;
  };
  /**
   * The keys that seal connection secrets, the active one first (CONNECTION_SECRETS_KEYS, then
   * CONNECTION_SECRETS_KEY as the key id `default`); the others only decrypt, during a rotation.
   */
  connectionSecretKeys: ConnectionSecretKey[];
  /** an API key ensured at start-up with the `admin` scope (CI, `npm start`, the web app's dev mode) */
  adminApiKey: string | null;
  rateLimits: {
    /** per API key or session user */
    api: RateLimitSetting;
    /** per webhook path */
    hooks: RateLimitSetting;
  };
  logLevel: LogLevel;
}

/** A token bucket: `burst` requests at once, `perSecond` sustained. */
export interface RateLimitSetting {
  perSecond: number;
  burst: number;
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
  const present = withoutEmptyValues(env);
  const result = EnvSchema.safeParse(present);
  const keys = readConnectionSecretKeys(present);
  if (!result.success || typeof keys === 'string') {
    const problems = result.success ? [] : result.error.issues.map(describeIssue);
    throw new InvalidConfigurationError(typeof keys === 'string' ? [...problems, keys] : problems);
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
    triggers: { reconcileOnStart: vars.TRIGGERS_RECONCILE_ON_START === 'true' },
    connections: { testTimeoutMs: vars.CONNECTION_TEST_TIMEOUT_MS },
    stepTests: { timeoutMs: vars.STEP_TEST_TIMEOUT_MS },
    connectionSecretKeys: keys,
    adminApiKey: vars.ADMIN_API_KEY ?? null,
    rateLimits: {
      api: { perSecond: vars.API_RATE_LIMIT_PER_SECOND, burst: vars.API_RATE_LIMIT_BURST },
      hooks: { perSecond: vars.HOOK_RATE_LIMIT_PER_SECOND, burst: vars.HOOK_RATE_LIMIT_BURST },
    },
    logLevel: vars.LOG_LEVEL,
  };
}

// Temporal rejects a payload over 2 MiB, so a claim-check threshold above it would never help.
const MAX_CLAIM_CHECK_THRESHOLD_BYTES = 2 * 1024 * 1024;
const claimCheckThresholdMessage = `PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES must be a whole number of bytes from 0 to ${MAX_CLAIM_CHECK_THRESHOLD_BYTES}`;

const rate = (name: string, fallback: number) => {
  const message = `${name} must be a number from 0.001 to 100000`;
  return z.coerce.number({ error: message }).min(0.001, message).max(100_000, message).default(fallback);
};
const burst = (name: string, fallback: number) => {
  const message = `${name} must be a whole number from 1 to 100000`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(100_000, message).default(fallback);
};

// The admin key is compared by its sha256 only, so it must carry enough entropy on its own.
const adminApiKeyMessage = 'ADMIN_API_KEY must be 32 to 256 characters of A-Z, a-z, 0-9, "_", "-" or "."';

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
  TRIGGERS_RECONCILE_ON_START: z
    .enum(['true', 'false'], { error: 'TRIGGERS_RECONCILE_ON_START must be true or false' })
    .default('true'),
  CONNECTION_TEST_TIMEOUT_MS: z.coerce
    .number({ error: 'CONNECTION_TEST_TIMEOUT_MS must be milliseconds (500-120000)' })
    .int('CONNECTION_TEST_TIMEOUT_MS must be milliseconds (500-120000)')
    .min(500, 'CONNECTION_TEST_TIMEOUT_MS must be milliseconds (500-120000)')
    .max(120_000, 'CONNECTION_TEST_TIMEOUT_MS must be milliseconds (500-120000)')
    .default(20_000),
  STEP_TEST_TIMEOUT_MS: z.coerce
    .number({ error: 'STEP_TEST_TIMEOUT_MS must be milliseconds (3000-300000)' })
    .int('STEP_TEST_TIMEOUT_MS must be milliseconds (3000-300000)')
    .min(3_000, 'STEP_TEST_TIMEOUT_MS must be milliseconds (3000-300000)')
    .max(300_000, 'STEP_TEST_TIMEOUT_MS must be milliseconds (3000-300000)')
    .default(30_000),
  PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: z
    .string()
    .regex(/^\d+$/, claimCheckThresholdMessage)
    .transform(Number)
    .pipe(z.number().max(MAX_CLAIM_CHECK_THRESHOLD_BYTES, claimCheckThresholdMessage))
    .default(DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES),
  ADMIN_API_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{32,256}$/, adminApiKeyMessage)
    .optional(),
  API_RATE_LIMIT_PER_SECOND: rate('API_RATE_LIMIT_PER_SECOND', 100),
  API_RATE_LIMIT_BURST: burst('API_RATE_LIMIT_BURST', 200),
  HOOK_RATE_LIMIT_PER_SECOND: rate('HOOK_RATE_LIMIT_PER_SECOND', 100),
  HOOK_RATE_LIMIT_BURST: burst('HOOK_RATE_LIMIT_BURST', 200),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

/**
 * The key set, or the problem with it. Checked outside EnvSchema so a missing key is reported
 * together with every other bad variable; messages name the variable and never a key.
 */
function readConnectionSecretKeys(env: Record<string, string>): ConnectionSecretKey[] | string {
  const single = env.CONNECTION_SECRETS_KEY;
  const list = env.CONNECTION_SECRETS_KEYS;
  if (single === undefined && list === undefined) {
    return 'CONNECTION_SECRETS_KEY is required (base64 of 32 bytes), or CONNECTION_SECRETS_KEYS ("<id>:<base64>,…")';
  }
  let keys: ConnectionSecretKey[];
  try {
    keys = connectionSecretKeysFromEnv({ keys: list, key: single });
  } catch (error) {
    return `CONNECTION_SECRETS_KEYS: ${(error as Error).message}`;
  }
  for (const entry of keys) {
    try {
      createConnectionSecretCipher([entry]);
    } catch {
      return list !== undefined && entry.id !== 'default'
        ? `CONNECTION_SECRETS_KEYS: key "${entry.id}" must be base64 of 32 bytes`
        : 'CONNECTION_SECRETS_KEY must be base64 of 32 bytes';
    }
  }
  return keys;
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
