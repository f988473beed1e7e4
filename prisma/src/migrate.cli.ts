// Database migrations without Prisma's native schema engine (see README.md).
//   tsx src/migrate.cli.ts [deploy]        create the database if missing, apply pending migrations
//   tsx src/migrate.cli.ts status          compare the migrations folder with the database
//   tsx src/migrate.cli.ts create <name>   write the next migration from schema.prisma (not applied)
//   tsx src/migrate.cli.ts resolve --rolled-back|--applied <migration>   record how a failed migration was fixed
//   tsx src/migrate.cli.ts reset --force   empty the database and apply every migration (development only)
// DATABASE_URL selects the database; unset, it is the local `tributary` database as role `postgres`.
import path from 'node:path';
import { DEFAULT_DATABASE_URL, describeDatabaseUrl } from './database-url';
import { createMigration } from './create-migration';
import { ensureDatabaseExists, migrateDatabase, migrationStatus, resetDatabase, resolveMigration } from './migrate';

const USAGE =
  'usage: migrate.cli.ts [deploy | status | create <name> | resolve --rolled-back|--applied <migration> | reset --force]';

async function main(args: string[]): Promise<number> {
  const databaseUrl = process.env['DATABASE_URL'] || DEFAULT_DATABASE_URL;
  const where = describeDatabaseUrl(databaseUrl);
  const [command = 'deploy', ...rest] = args;
  switch (command) {
    case 'deploy': {
      const { created } = await ensureDatabaseExists(databaseUrl);
      if (created) console.log(`created database ${where}`);
      const { applied } = await migrateDatabase(databaseUrl);
      console.log(
        applied.length === 0
          ? `${where}: no pending migrations`
          : `${where}: applied ${applied.length} migration(s):\n${list(applied)}`,
      );
      return 0;
    }
    case 'status': {
      const status = await migrationStatus(databaseUrl);
      console.log(`${where}: ${status.migrations.length} migration(s) in the folder`);
      if (status.pending.length) console.log(`pending (run deploy):\n${list(status.pending)}`);
      if (status.unknownToFolder.length)
        console.log(`applied but missing from the folder:\n${list(status.unknownToFolder)}`);
      if (status.failed.length) console.log(`failed (fix by hand, then mark resolved):\n${list(status.failed)}`);
      if (status.edited.length) console.log(`edited after being applied:\n${list(status.edited)}`);
      if (status.upToDate) console.log('database schema is up to date');
      return status.upToDate ? 0 : 1;
    }
    case 'create': {
      const name = rest.filter((arg) => !arg.startsWith('--')).join('_');
      if (!name) {
        console.error(`${USAGE}\ncreate needs a name, e.g. create add_run_index`);
        return 2;
      }
      const migration = await createMigration(databaseUrl, name);
      console.log(
        migration
          ? `wrote ${path.relative(process.cwd(), migration.directory)}/migration.sql (not applied; run deploy)`
          : 'schema.prisma and the migrations folder agree: nothing to create',
      );
      return 0;
    }
    case 'resolve': {
      const resolution = rest.includes('--rolled-back')
        ? 'rolled-back'
        : rest.includes('--applied')
          ? 'applied'
          : undefined;
      const migration = rest.find((arg) => !arg.startsWith('--'));
      if (!resolution || !migration) {
        console.error(`${USAGE}\nresolve needs --rolled-back or --applied and a migration name`);
        return 2;
      }
      await resolveMigration(databaseUrl, migration, resolution);
      console.log(`${where}: marked ${migration} as ${resolution}`);
      return 0;
    }
    case 'reset': {
      if (!rest.includes('--force')) {
        console.error(`reset deletes every table and row in ${where}; run again with --force to confirm`);
        return 2;
      }
      await ensureDatabaseExists(databaseUrl);
      const { applied } = await resetDatabase(databaseUrl);
      console.log(`${where}: reset, applied ${applied.length} migration(s)`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

function list(names: string[]): string {
  return names.map((name) => `  ${name}`).join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env['DEBUG'] && error instanceof Error) console.error(error.cause ?? error.stack);
    process.exitCode = 1;
  },
);
