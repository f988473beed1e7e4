import pg from 'pg';

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates and migrates a uniquely named database; `drop()` removes it. */
export async function createThrowawayDatabase(name: string): Promise<ThrowawayDatabase> {
  const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Tests need PostgreSQL at ${redact(serverUrl)} (${(error as Error).message}). ` +
        'Start it (e.g. `pg_ctlcluster 15 main start`) or set TEST_POSTGRES_URL to a server where the user may CREATE DATABASE.',
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { migrateDatabase } = await import('@tributary/db');
  await migrateDatabase(url.toString());

  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

function redact(connectionString: string): string {
  const url = new URL(connectionString);
  if (url.password) url.password = '***';
  return url.toString();
}
