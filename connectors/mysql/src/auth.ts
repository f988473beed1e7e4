import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * A connection to one MySQL or MariaDB database. Every action opens its own
 * connection with these settings and closes it when it is done, so nothing is
 * pooled between steps and a stale connection never outlives a run.
 */
export const MysqlAuth = z.object({
  host: z.string().min(1).describe('Server host name or IP address, e.g. db.plant.example.com'),
  port: z.number().int().min(1).max(65_535).default(3306).describe('Server port'),
  database: z.string().min(1).describe('Database (schema) to use'),
  user: z.string().min(1).describe('User name'),
  // Empty for accounts without a password.
  password: secret(z.string()).describe('Password of the user'),
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
export type MysqlAuth = z.output<typeof MysqlAuth>;
