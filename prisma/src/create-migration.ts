import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { connectPostgres, quoteIdentifier } from './database-connection';
import { withDatabase } from './database-url';
import { NO_FILTERS, withSchemaEngine, type MigrationSources } from './migrate';
import { DatabaseNotFoundError, InvalidMigrationNameError } from './migration.errors';
import { MIGRATIONS_DIR, readMigrationsList, SCHEMA_PATH, writeMigration } from './migrations-folder';

/**
 * Diffs schema.prisma against the migrations folder and writes the next migration
 * folder (`<timestamp>_<name>/migration.sql`, not applied). Returns undefined when
 * the schema and the migrations already agree.
 *
 * `databaseUrl` only locates the server (a real PostgreSQL; PGlite has one database;
 * if the named database does not exist, the `postgres` maintenance database is used):
 * the work happens in two temporary databases created there and dropped afterwards,
 * so the role needs CREATEDB and the developer's own database is neither read nor
 * changed. The wasm engine only accepts its shadow-database factory after
 * `devDiagnostic` has found the main database in step with the folder, so the first
 * temporary database gets every migration applied; the engine itself creates the
 * second (the shadow) to replay the folder and diff it against the schema.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  sources: MigrationSources = {},
): Promise<{ name: string; directory: string; script: string } | undefined> {
  const migrationName = normalizeMigrationName(name);
  const schemaPath = sources.schemaPath ?? SCHEMA_PATH;
  const migrationsDir = sources.migrationsDir ?? MIGRATIONS_DIR;
  const scratchName = `tributary_migrate_scratch_${randomBytes(6).toString('hex')}`;
  const admin = await connectPostgres(databaseUrl).catch((error: unknown) => {
    if (error instanceof DatabaseNotFoundError) return connectPostgres(withDatabase(databaseUrl, 'postgres'));
    throw error;
  });
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(scratchName)}`);
    return await withSchemaEngine(withDatabase(databaseUrl, scratchName), sources, async (engine) => {
      const migrationsList = await readMigrationsList(migrationsDir);
      await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
      const created = await engine.createMigration({
        draft: false,
        migrationName,
        migrationsList,
        schema: { files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] },
        filters: NO_FILTERS,
      });
      if (created.migrationScript === null) return undefined;
      const directory = await writeMigration(migrationsDir, {
        generatedName: created.generatedMigrationName,
        script: created.migrationScript,
        extension: created.extension,
        connectorType: created.connectorType,
      });
      return { name: created.generatedMigrationName, directory, script: created.migrationScript };
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(scratchName)} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

function normalizeMigrationName(name: string): string {
  const normalized = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!normalized) {
    throw new InvalidMigrationNameError('a migration needs a name made of letters or digits, e.g. add_run_index');
  }
  if (normalized.length > 200) throw new InvalidMigrationNameError('a migration name must be at most 200 characters');
  return normalized;
}
