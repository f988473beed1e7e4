import { z } from 'zod';
import { createConnectionSecretCipher } from '@tributary/db/connection-secret-cipher';
import { connectionSecretKeysFromEnv } from '@tributary/db/connection-secret-keys';
import { DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES } from '@tributary/db/payload-claim-check.codec';
import { DEFAULT_TASK_QUEUE } from '@tributary/workflows/run-flow.contract';

/** Temporal rejects a payload over 2 MiB, so a claim-check threshold above it would never help. */
const MAX_CLAIM_CHECK_THRESHOLD_BYTES = 2 * 1024 * 1024;

/** The worker's whole configuration, validated once at start-up. */
export const WorkerConfig = z.object({
  databaseUrl: z.string().url('must be a postgresql:// URL'),
  temporalAddress: z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port'),
  temporalNamespace: z.string().min(1),
  taskQueue: z.string().min(1),
  /** the keys that seal connection secrets, the active one first; the others only decrypt (during a rotation) */
  connectionSecretKeys: z
    .array(
      z.object({ id: z.string(), key: z.string() }).superRefine((entry, context) => {
        if (isUsableKey(entry)) return;
        context.addIssue({
          code: 'custom',
          message:
            entry.id === 'default'
              ? 'must be base64 of 32 bytes'
              : `(CONNECTION_SECRETS_KEYS) key "${entry.id}" must be base64 of 32 bytes`,
        });
      }),
    )
    .min(1, 'is required (base64 of 32 bytes)'),
  /** extra connector packages to load besides the discovered built-ins */
  connectorPackages: z.array(z.string().min(1)),
  logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']),
  /** payloads serialized bigger than this are kept in Postgres, history holds a reference */
  payloadClaimCheckThresholdBytes: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of bytes')
    .transform(Number)
    .pipe(z.number().max(MAX_CLAIM_CHECK_THRESHOLD_BYTES, `must be at most ${MAX_CLAIM_CHECK_THRESHOLD_BYTES}`)),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

const ENV_NAMES: Record<keyof WorkerConfig, string> = {
  databaseUrl: 'DATABASE_URL',
  temporalAddress: 'TEMPORAL_ADDRESS',
  temporalNamespace: 'TEMPORAL_NAMESPACE',
  taskQueue: 'TEMPORAL_TASK_QUEUE',
  connectionSecretKeys: 'CONNECTION_SECRETS_KEY',
  connectorPackages: 'CONNECTOR_PACKAGES',
  logLevel: 'LOG_LEVEL',
  payloadClaimCheckThresholdBytes: 'PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES',
};

function isUsableKey(entry: { id: string; key: string }): boolean {
  try {
    createConnectionSecretCipher([entry]);
    return true;
  } catch {
    return false;
  }
}

export class InvalidWorkerConfigError extends Error {
  readonly code = 'invalid_config';
}

/** Builds the config from an environment; a bad value names its variable. */
export function buildWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  let connectionSecretKeys: unknown = [];
  try {
    connectionSecretKeys = connectionSecretKeysFromEnv({
      keys: env.CONNECTION_SECRETS_KEYS,
      key: env.CONNECTION_SECRETS_KEY,
    });
  } catch (error) {
    // no key at all is reported by the schema (empty list); a malformed list names its entry
    if (env.CONNECTION_SECRETS_KEYS?.trim()) {
      throw new InvalidWorkerConfigError(`Invalid configuration: CONNECTION_SECRETS_KEYS ${(error as Error).message}`);
    }
  }
  const result = WorkerConfig.safeParse({
    databaseUrl: env.DATABASE_URL,
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE,
    connectionSecretKeys,
    connectorPackages: (env.CONNECTOR_PACKAGES ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? 'info',
    payloadClaimCheckThresholdBytes:
      env.PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES ?? String(DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES),
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path[0] as keyof WorkerConfig;
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `${ENV_NAMES[key] ?? String(key)} ${message}`;
  });
  throw new InvalidWorkerConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
