import { z } from 'zod';
import { DEFAULT_TASK_QUEUE } from '@tributary/workflows/run-flow.contract';

/** The worker's whole configuration, validated once at start-up. */
export const WorkerConfig = z.object({
  databaseUrl: z.string().url('must be a postgresql:// URL'),
  temporalAddress: z.string().regex(/^[^:\s]+:\d+$/, 'must be host:port'),
  temporalNamespace: z.string().min(1),
  taskQueue: z.string().min(1),
  connectionSecretsKey: z
    .string()
    .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be base64 of 32 bytes'),
  /** extra connector packages to load besides the discovered built-ins */
  connectorPackages: z.array(z.string().min(1)),
  logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']),
});
export type WorkerConfig = z.infer<typeof WorkerConfig>;

const ENV_NAMES: Record<keyof WorkerConfig, string> = {
  databaseUrl: 'DATABASE_URL',
  temporalAddress: 'TEMPORAL_ADDRESS',
  temporalNamespace: 'TEMPORAL_NAMESPACE',
  taskQueue: 'TEMPORAL_TASK_QUEUE',
  connectionSecretsKey: 'CONNECTION_SECRETS_KEY',
  connectorPackages: 'CONNECTOR_PACKAGES',
  logLevel: 'LOG_LEVEL',
};

export class InvalidWorkerConfigError extends Error {
  readonly code = 'invalid_config';
}

/** Builds the config from an environment; a bad value names its variable. */
export function buildWorkerConfig(env: Record<string, string | undefined>): WorkerConfig {
  const result = WorkerConfig.safeParse({
    databaseUrl: env.DATABASE_URL,
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue: env.TEMPORAL_TASK_QUEUE ?? DEFAULT_TASK_QUEUE,
    connectionSecretsKey: env.CONNECTION_SECRETS_KEY,
    connectorPackages: (env.CONNECTOR_PACKAGES ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    logLevel: env.LOG_LEVEL ?? 'info',
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path[0] as keyof WorkerConfig;
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `${ENV_NAMES[key] ?? String(key)} ${message}`;
  });
  throw new InvalidWorkerConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
