import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { MysqlAuth } from '../src/auth';

/** The machine's MariaDB server: root without a password, database `test`. */
export const auth: MysqlAuth = {
  host: '127.0.0.1',
  port: 3306,
  database: 'test',
  user: 'root',
  password: '',
};

/** A table or user name no other test file (or parallel run) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Runs SQL outside the connector, for fixtures and for checking what the connector wrote. */
export async function adminQuery(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const { host, port, database, user } = auth;
  const connection = await createConnection({ host, port, database, user, dateStrings: true });
  try {
    const [result] = await connection.query(sql, values);
    return Array.isArray(result) ? result.map((row) => ({ ...row })) : [];
  } finally {
    await connection.end();
  }
}
