import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * A connection to one PostgreSQL database. Every action opens its own
 * connection with these settings and closes it when it is done, so nothing is
 * pooled between steps and a stale connection never outlives a run.
 */
export const PostgresAuth = z.object({
  host: z.string().min(1).describe('Server host name or IP address, e.g. db.plant.example.com'),
  port: z.number().int().min(1).max(65_535).default(5432).describe('Server port'),
  database: z.string().min(1).describe('Database to connect to'),
  user: z.string().min(1).describe('Login role'),
  // Empty for servers that trust the client (no password authentication).
  password: secret(z.string()).describe('Password of the login role'),
  ssl: z
    .union([
      z.boolean(),
      z.object({
        rejectUnauthorized: z
          .boolean()
          .default(true)
          .describe('Refuse a server certificate that is not signed by a trusted CA'),
      }),
    ])
    .optional()
    .describe('Use TLS: true (verify the certificate), false, or { rejectUnauthorized }'),
});
export type PostgresAuth = z.output<typeof PostgresAuth>;
