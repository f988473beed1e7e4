import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgMigrationAdapterFactory } from '../src/pg-migration-adapter';
import { createEmptyDatabase, onDatabase, onServer, type EmptyDatabase } from './empty-database';

// The three adapter-pg defects the schema engine trips over, checked on a real server.
describe('PgMigrationAdapterFactory', () => {
  let database: EmptyDatabase;
  let factory: PgMigrationAdapterFactory;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    factory = new PgMigrationAdapterFactory(database.url);
  });

  afterAll(async () => {
    await factory?.close();
    await database?.drop();
  });

  it('reads catalog columns of type "char" as Character instead of failing', async () => {
    const adapter = await factory.connect();
    await adapter.executeScript('CREATE TABLE checked (id INT NOT NULL CHECK (id > 0))');
    const result = await adapter.queryRaw({
      sql: `SELECT conname::text AS name, contype FROM pg_constraint WHERE conrelid = 'checked'::regclass`,
      args: [],
      argTypes: [],
    });
    expect(result.columnTypes).toEqual([ColumnTypeEnum.Text, ColumnTypeEnum.Character]);
    expect(result.rows).toEqual([['checked_id_check', 'c']]);
  });

  it('does the same inside a transaction', async () => {
    const adapter = await factory.connect();
    const transaction = await adapter.startTransaction();
    const result = await transaction.queryRaw({ sql: `SELECT 'x'::"char" AS kind`, args: [], argTypes: [] });
    await transaction.rollback();
    expect(result.columnTypes).toEqual([ColumnTypeEnum.Character]);
  });

  it('runs a script whose statements contain semicolons, all or nothing', async () => {
    const adapter = await factory.connect();
    await adapter.executeScript(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('a; b');`);
    const notes = await adapter.queryRaw({ sql: 'SELECT body FROM notes', args: [], argTypes: [] });
    expect(notes.rows).toEqual([['a; b']]);

    await expect(adapter.executeScript(`CREATE TABLE half (id INT); SELECT * FROM missing_table;`)).rejects.toThrow();
    const half = await adapter.queryRaw({ sql: `SELECT to_regclass('half')::text AS t`, args: [], argTypes: [] });
    expect(half.rows).toEqual([[null]]);
  });

  it('gives the engine a separate shadow database and drops it once its connections are closed', async () => {
    const shadow = await factory.connectToShadowDb();
    const [[shadowName]] = (await shadow.queryRaw({ sql: 'SELECT current_database()', args: [], argTypes: [] }))
      .rows as [[string]];
    expect(shadowName).toMatch(/^prisma_migrate_shadow_db_/);
    expect(shadowName).not.toBe(database.name);

    await shadow.dispose();

    const left = await onServer((client) => client.query('SELECT 1 FROM pg_database WHERE datname = $1', [shadowName]));
    expect(left.rowCount).toBe(0);
    // The main database is untouched.
    const main = await onDatabase(database.url, (client) => client.query('SELECT current_database() AS name'));
    expect(main.rows[0].name).toBe(database.name);
  });
});
