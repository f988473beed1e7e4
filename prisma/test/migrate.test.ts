import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMigration,
  DatabaseNotFoundError,
  DatabaseUnreachableError,
  ensureDatabaseExists,
  MigrationEngineError,
  migrateDatabase,
  migrationStatus,
  MIGRATIONS_DIR,
  resetDatabase,
  resolveMigration,
  SCHEMA_PATH,
} from '../src/index';
import { createEmptyDatabase, onDatabase, onServer, type EmptyDatabase } from './empty-database';

const databases: EmptyDatabase[] = [];
const tempDirs: string[] = [];

async function emptyDatabase(): Promise<EmptyDatabase> {
  const database = await createEmptyDatabase();
  databases.push(database);
  return database;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tributary-migrations-'));
  tempDirs.push(dir);
  return dir;
}

async function migrationFolders(dir = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('migrations through the wasm schema engine', () => {
  let migrated: EmptyDatabase;
  let firstDeploy: { applied: string[] };

  beforeAll(async () => {
    migrated = await emptyDatabase();
    firstDeploy = await migrateDatabase(migrated.url);
  });

  it('applies every migration of the folder to an empty database', async () => {
    expect(firstDeploy.applied).toEqual(await migrationFolders());
    expect(firstDeploy.applied[0]).toMatch(/^\d{14}_init$/);
    const tables = await onDatabase(migrated.url, (client) =>
      client.query<{ table_name: string }>(
        "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
      ),
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['Flow', 'FlowVersion', 'Run', 'Connection', 'Trigger', '_prisma_migrations']),
    );
  });

  it('applies nothing on a second deploy', async () => {
    expect(await migrateDatabase(migrated.url)).toEqual({ applied: [] });
  });

  it('records each migration with the sha256 of its migration.sql, as native prisma migrate deploy checks', async () => {
    const recorded = await onDatabase(migrated.url, (client) =>
      client.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
        'select migration_name, checksum, finished_at, applied_steps_count from _prisma_migrations order by migration_name',
      ),
    );
    for (const row of recorded.rows) {
      const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(script).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(await migrationFolders());
  });

  it('reports an up-to-date database as such', async () => {
    const status = await migrationStatus(migrated.url);
    expect(status).toMatchObject({ pending: [], failed: [], edited: [], unknownToFolder: [], upToDate: true });
    expect(status.migrations).toEqual(await migrationFolders());
  });

  it('reports every migration as pending on an empty database', async () => {
    const empty = await emptyDatabase();
    const status = await migrationStatus(empty.url);
    expect(status.pending).toEqual(await migrationFolders());
    expect(status.upToDate).toBe(false);
  });

  it('has nothing to create when schema.prisma and the migrations folder agree', async () => {
    const dir = await tempDir();
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    expect(await createMigration(migrated.url, 'no_change', { migrationsDir: dir })).toBeUndefined();
    expect(await migrationFolders(dir)).toEqual(await migrationFolders());
  });
});

describe('creating a migration', () => {
  it('writes the next migration from a schema change, using a shadow database it drops afterwards', async () => {
    const database = await emptyDatabase();
    const dir = await tempDir();
    const migrationsDir = path.join(dir, 'migrations');
    const schemaPath = path.join(dir, 'schema.prisma');
    await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schema = await readFile(SCHEMA_PATH, 'utf8');
    await writeFile(schemaPath, schema.replace(/(model Flow \{\n)/, '$1  archivedAt  DateTime?\n'));
    const sources = { schemaPath, migrationsDir };

    const created = await createMigration(database.url, 'Add flow archivedAt', sources);

    expect(created?.name).toMatch(/^\d{14}_add_flow_archivedat$/);
    const script = await readFile(path.join(created!.directory, 'migration.sql'), 'utf8');
    expect(script).toContain('ALTER TABLE "Flow" ADD COLUMN     "archivedAt" TIMESTAMP(3);');
    expect(await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toContain(
      'provider = "postgresql"',
    );
    const shadows = await onServer((client) =>
      client.query("select datname from pg_database where datname like 'prisma_migrate_shadow_db_%'"),
    );
    expect(shadows.rows).toEqual([]);

    const { applied } = await migrateDatabase(database.url, sources);
    expect(applied.at(-1)).toBe(created!.name);
    expect(await createMigration(database.url, 'again', sources)).toBeUndefined();
  });

  it('refuses a name without letters or digits', async () => {
    const database = await emptyDatabase();
    await expect(createMigration(database.url, ' -- ')).rejects.toMatchObject({ code: 'MIGRATION_NAME_INVALID' });
  });
});

describe('failures', () => {
  it('names a failing migration and its database error, and deploys again once it is fixed and resolved', async () => {
    const database = await emptyDatabase();
    const migrationsDir = await tempDir();
    await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const broken = path.join(migrationsDir, '29991231000000_broken');
    await mkdir(broken);
    // The first statement succeeds; the script runs as one transaction, so it must not stay.
    await writeFile(
      path.join(broken, 'migration.sql'),
      'CREATE TABLE "Partial" (id INT);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n',
    );

    const failure = await migrateDatabase(database.url, { migrationsDir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationEngineError);
    expect((failure as Error).message).toMatch(
      /^migration 29991231000000_broken failed and was not applied: .*NoSuchTable/,
    );
    expect((failure as Error).message).not.toMatch(/External error id/);
    const partial = await onDatabase(database.url, (client) => client.query(`select to_regclass('"Partial"') as t`));
    expect(partial.rows[0].t).toBeNull();

    expect((await migrationStatus(database.url, { migrationsDir })).failed).toEqual(['29991231000000_broken']);
    await expect(migrateDatabase(database.url, { migrationsDir })).rejects.toMatchObject({ engineCode: 'P3009' });

    await writeFile(path.join(broken, 'migration.sql'), 'ALTER TABLE "Flow" ADD COLUMN "x" TEXT;\n');
    await resolveMigration(database.url, '29991231000000_broken', 'rolled-back', { migrationsDir });
    expect(await migrateDatabase(database.url, { migrationsDir })).toEqual({ applied: ['29991231000000_broken'] });
    expect((await migrationStatus(database.url, { migrationsDir })).upToDate).toBe(true);
  });

  it('says PostgreSQL cannot be reached, and where, when nothing listens', async () => {
    const port = await closedPort();
    const error = await migrateDatabase(`postgresql://postgres:hunter2@127.0.0.1:${port}/tributary`).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toBe(
      `cannot reach PostgreSQL at 127.0.0.1:${port} — is it running? set DATABASE_URL`,
    );
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('says the database does not exist instead of creating it implicitly', async () => {
    const database = await emptyDatabase();
    await database.drop();
    await expect(migrateDatabase(database.url)).rejects.toBeInstanceOf(DatabaseNotFoundError);
  });
});

describe('ensureDatabaseExists', () => {
  it('creates a missing database once, then leaves it alone', async () => {
    const database = await emptyDatabase();
    await database.drop();
    expect(await ensureDatabaseExists(database.url)).toEqual({ created: true });
    expect(await ensureDatabaseExists(database.url)).toEqual({ created: false });
    expect((await migrateDatabase(database.url)).applied).toEqual(await migrationFolders());
  });
});

describe('resetDatabase', () => {
  it('deletes every row and table and applies the migrations again', async () => {
    const database = await emptyDatabase();
    await migrateDatabase(database.url);
    await onDatabase(database.url, async (client) => {
      await client.query(
        `insert into "Flow" (id, slug, name, draft, "updatedAt") values ('flow_1', 'one', 'One', '{}', now())`,
      );
      await client.query('create table stray (id int)');
    });

    const { applied } = await resetDatabase(database.url);

    expect(applied).toEqual(await migrationFolders());
    const left = await onDatabase(database.url, (client) =>
      client.query(`select (select count(*) from "Flow")::int as flows, to_regclass('stray') as stray`),
    );
    expect(left.rows[0]).toEqual({ flows: 0, stray: null });
  });
});

/** A port nothing listens on: bind an ephemeral one, then release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
