/** The database used when DATABASE_URL is unset: local PostgreSQL, trust auth, role `postgres`. */
export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/tributary';

/** The discrete fields of a PostgreSQL URL, as `pg` accepts them in a pool config. */
export interface PostgresConnectionFields {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  database: string;
}

/** Splits a postgres:// or postgresql:// URL into the fields `pg` takes. */
export function parseDatabaseUrl(databaseUrl: string): PostgresConnectionFields {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new InvalidDatabaseUrlError(
      'DATABASE_URL is not a valid URL (expected postgresql://user@host:port/database)',
    );
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') {
    throw new InvalidDatabaseUrlError(`DATABASE_URL must start with postgresql:// (got ${url.protocol}//)`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) {
    throw new InvalidDatabaseUrlError('DATABASE_URL names no database (expected postgresql://user@host:port/database)');
  }
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1',
    port: url.port ? Number(url.port) : 5432,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database,
  };
}

/** The same server and credentials, another database (e.g. the `postgres` maintenance database). */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** host:port/database, never the credentials: safe for logs and error messages. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const { host, port, database } = parseDatabaseUrl(databaseUrl);
  return `${host}:${port}/${database}`;
}

export class InvalidDatabaseUrlError extends Error {
  readonly code = 'DATABASE_URL_INVALID';
  override readonly name = 'InvalidDatabaseUrlError';
}
