import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PostgresAuth } from '../src/auth';

/**
 * The machine's PostgreSQL server (trust auth). The password is never checked
 * there, which lets every test carry a recognisable one and assert it leaks nowhere.
 */
export const SECRET = 'pg-S3cret/+=&q?7';

export const auth: PostgresAuth = {
  host: '127.0.0.1',
  port: 5432,
  database: 'postgres',
  user: 'postgres',
  password: SECRET,
};

/** A table name no other test file (or parallel run) uses. */
export function uniqueTableName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Runs SQL outside the connector, for fixtures and for checking what the connector wrote. */
export async function adminQuery(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ host: auth.host, port: auth.port, database: auth.database, user: auth.user });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
