import pg from 'pg';
import { parseDatabaseUrl } from './database-url';
import { DatabaseAuthenticationError, DatabaseNotFoundError, DatabaseUnreachableError } from './migration.errors';

/**
 * A plain `pg` connection whose failures say what is wrong and where (unreachable
 * server, unknown database, rejected role), without the URL's credentials.
 */
export async function connectPostgres(databaseUrl: string): Promise<pg.Client> {
  const { host, port, user, password, database } = parseDatabaseUrl(databaseUrl);
  const client = new pg.Client({ host, port, user, password, database, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    const code = (error as { code?: string }).code;
    if (code === '3D000') throw new DatabaseNotFoundError(database, host, port, { cause: error });
    if (code === '28P01' || code === '28000') throw new DatabaseAuthenticationError(host, port, user, { cause: error });
    if (code !== undefined && UNREACHABLE.has(code)) throw new DatabaseUnreachableError(host, port, { cause: error });
    if (error instanceof Error && /timeout/i.test(error.message)) {
      throw new DatabaseUnreachableError(host, port, { cause: error });
    }
    throw error;
  }
}

/** Connects and disconnects: fails with the errors of `connectPostgres`. */
export async function probeDatabase(databaseUrl: string): Promise<void> {
  const client = await connectPostgres(databaseUrl);
  await client.end();
}

export function quoteIdentifier(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);
