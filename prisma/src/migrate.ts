import { readFile } from 'node:fs/promises';
import { connectPostgres, probeDatabase, quoteIdentifier } from './database-connection';
import { parseDatabaseUrl, withDatabase } from './database-url';
import { DatabaseNotFoundError, MigrationEngineError } from './migration.errors';
import { readMigrationsList, SCHEMA_PATH } from './migrations-folder';
import { PgMigrationAdapterFactory } from './pg-migration-adapter';
import { openSchemaEngine, type SchemaEngine, type SchemaEngineSession } from './schema-engine';

/** Where the data model and the migrations live; tests point these at temporary copies. */
export interface MigrationSources {
  schemaPath?: string;
  migrationsDir?: string;
}

export interface MigrationStatus {
  /** every migration folder, oldest first */
  migrations: string[];
  /** in the folder but not yet applied to the database */
  pending: string[];
  /** recorded in the database but missing from the folder (another branch, a deleted folder) */
  unknownToFolder: string[];
  /** started but not finished; `migrate deploy` refuses to continue until resolved */
  failed: string[];
  /** applied, but migration.sql changed since (checksum mismatch) */
  edited: string[];
  upToDate: boolean;
}

/**
 * Creates the database named in the URL if it is missing, connecting to the `postgres`
 * maintenance database of the same server to do so.
 */
export async function ensureDatabaseExists(databaseUrl: string): Promise<{ created: boolean }> {
  const { database } = parseDatabaseUrl(databaseUrl);
  try {
    await probeDatabase(databaseUrl);
    return { created: false };
  } catch (error) {
    if (!(error instanceof DatabaseNotFoundError)) throw error;
  }
  const admin = await connectPostgres(withDatabase(databaseUrl, 'postgres'));
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
    return { created: true };
  } catch (error) {
    // Another process created it between our check and CREATE DATABASE.
    if ((error as { code?: string }).code === '42P04') return { created: false };
    throw error;
  } finally {
    await admin.end();
  }
}

/** Applies the migrations the database has not seen yet; returns their names (none on a second call). */
export async function migrateDatabase(
  databaseUrl: string,
  sources: MigrationSources = {},
): Promise<{ applied: string[] }> {
  return withSchemaEngine(databaseUrl, sources, async (engine, explain) => {
    const migrationsList = await readMigrationsList(sources.migrationsDir);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return { applied: appliedMigrationNames };
    } catch (error) {
      // The engine reports the database error but not which migration raised it.
      const { message } = explain(error);
      const engineCode = engineErrorCode(error);
      const failed =
        engineCode === FOUND_FAILED_MIGRATIONS
          ? []
          : await engine
              .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS })
              .then(
                (diagnosis) => diagnosis.failedMigrationNames,
                () => [],
              );
      throw new MigrationEngineError(
        failed.length > 0
          ? `migration ${failed.at(-1)} failed and was not applied: ${message}\nfix its migration.sql, then run \`resolve --rolled-back ${failed.at(-1)}\` and deploy again`
          : message,
        engineCode,
        { cause: error },
      );
    }
  });
}

/** Compares the migrations folder with the database's `_prisma_migrations` table. */
export async function migrationStatus(databaseUrl: string, sources: MigrationSources = {}): Promise<MigrationStatus> {
  return withSchemaEngine(databaseUrl, sources, async (engine) => {
    const migrationsList = await readMigrationsList(sources.migrationsDir);
    const migrations = migrationsList.migrationDirectories.map((directory) => directory.path);
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const history = diagnosis.history;
    const pending = !diagnosis.hasMigrationsTable
      ? migrations
      : history?.diagnostic === 'databaseIsBehind' || history?.diagnostic === 'historiesDiverge'
        ? history.unappliedMigrationNames
        : [];
    const unknownToFolder =
      history?.diagnostic === 'migrationsDirectoryIsBehind' || history?.diagnostic === 'historiesDiverge'
        ? history.unpersistedMigrationNames
        : [];
    const status = {
      migrations,
      pending,
      unknownToFolder,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
    };
    return {
      ...status,
      upToDate: [status.pending, unknownToFolder, status.failed, status.edited].every((names) => names.length === 0),
    };
  });
}

/** Drops everything in the database (the engine's reset) and applies all migrations again. Development only. */
export async function resetDatabase(
  databaseUrl: string,
  sources: MigrationSources = {},
): Promise<{ applied: string[] }> {
  await withSchemaEngine(databaseUrl, sources, (engine) => engine.reset({ filter: NO_FILTERS }));
  return migrateDatabase(databaseUrl, sources);
}

/**
 * Records how a failed migration was resolved by hand, as `prisma migrate resolve` does:
 * `rolled-back` (its changes were undone; deploy will run it again) or `applied` (its
 * changes were completed by hand; deploy will skip it).
 */
export async function resolveMigration(
  databaseUrl: string,
  migrationName: string,
  resolution: 'rolled-back' | 'applied',
  sources: MigrationSources = {},
): Promise<void> {
  await withSchemaEngine(databaseUrl, sources, async (engine) => {
    if (resolution === 'rolled-back') {
      await engine.markMigrationRolledBack({ migrationName });
    } else {
      await engine.markMigrationApplied({
        migrationName,
        migrationsList: await readMigrationsList(sources.migrationsDir),
      });
    }
  });
}

/** Prisma's code for "the database has failed migrations; new ones will not be applied". */
const FOUND_FAILED_MIGRATIONS = 'P3009';

/** No externally managed tables or enums (prisma.config.ts `tables.external`). */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Opens the wasm engine on the database, runs `use`, and always releases engine and connections. */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  sources: MigrationSources,
  use: (engine: SchemaEngine, explain: SchemaEngineSession['explain']) => Promise<T>,
): Promise<T> {
  // The engine's own connection errors are terse; a plain connection first gives precise ones.
  await probeDatabase(databaseUrl);
  const schemaPath = sources.schemaPath ?? SCHEMA_PATH;
  const adapterFactory = new PgMigrationAdapterFactory(databaseUrl);
  let session: SchemaEngineSession | undefined;
  try {
    session = await openSchemaEngine({ schemaPath, schemaText: await readFile(schemaPath, 'utf8'), adapterFactory });
    return await use(session.engine, session.explain);
  } catch (error) {
    if (error instanceof MigrationEngineError) throw error;
    const { message } = session?.explain(error) ?? { message: error instanceof Error ? error.message : String(error) };
    throw new MigrationEngineError(message, engineErrorCode(error), { cause: error });
  } finally {
    session?.engine.free();
    await adapterFactory.close();
  }
}

function engineErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^P\d{4}$/.test(code)) return code;
  const inMessage = error instanceof Error ? /\b(P\d{4})\b/.exec(error.message)?.[1] : undefined;
  return inMessage;
}
