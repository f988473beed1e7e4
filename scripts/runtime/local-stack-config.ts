import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

/** Everything `npm start` can be told through the environment, validated once. */
export const LocalStackConfig = z.object({
  DATABASE_URL: z.string().url().optional(),
  API_PORT: port(3000),
  WEB_PORT: port(5173),
  TEMPORAL_PORT: port(7233),
  TEMPORAL_UI_PORT: port(8233),
  ERP_PORT: port(4010),
  CMMS_PORT: port(4020),
  EMBEDDED_POSTGRES_PORT: port(55432),
  TRIBUTARY_DATA_DIR: z.string().default('.data'),
  CONNECTION_SECRETS_KEY: z.string().optional(),
  ADMIN_API_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error']).default('info'),
});
export type LocalStackConfig = z.infer<typeof LocalStackConfig>;

export function buildLocalStackConfig(env: Record<string, string | undefined>): LocalStackConfig {
  const result = LocalStackConfig.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}
