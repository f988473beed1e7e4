import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the DB tests create their databases on (the user needs CREATEDB). */
export const TEST_SERVER_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface EmptyDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A new, empty database with a random name on the test server; `drop()` removes it. */
export async function createEmptyDatabase(prefix = 'tributary_db_test'): Promise<EmptyDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs one query on the test server's maintenance database. */
export async function onServer<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Runs one query on the given database. */
export async function onDatabase<T>(databaseUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
