import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  ColumnTypeEnum,
  type ConnectionInfo,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { parseDatabaseUrl, type PostgresConnectionFields } from './database-url';

/**
 * `@prisma/adapter-pg` as the wasm schema engine needs it. Three defects of
 * adapter-pg 7.10 bite the migration path (the query path of Prisma Client is fine):
 *
 * 1. Postgres's internal `"char"` type (OID 18, e.g. `pg_constraint.contype`) is not
 *    mapped, so the engine fails as soon as a table has a constraint. It is read here
 *    as the engine's Character column type.
 * 2. `connectToShadowDb()` given a connection string keeps the string's database, so
 *    the "shadow" is the main database (P3006 "relation already exists"); and its
 *    dispose drops the shadow database while its own pool is still connected. The
 *    shadow here is configured from discrete fields and closed before it is dropped.
 * 3. `executeScript()` splits a script on every `;`, which breaks statements that
 *    contain one (function bodies, string literals) and runs each statement on its
 *    own. Here a script is sent as one simple query, as the native engine does, so
 *    Postgres runs a migration as a single implicit transaction.
 */
export class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  readonly #connection: PostgresConnectionFields;
  readonly #open = new Set<SqlDriverAdapter>();

  constructor(databaseUrl: string) {
    this.#connection = parseDatabaseUrl(databaseUrl);
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await new PrismaPg(poolConfig(this.#connection)).connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    const dropShadow = async () => {
      try {
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      } finally {
        await main.dispose();
      }
    };
    try {
      await main.executeScript(`CREATE DATABASE "${database}"`);
      return this.#track(await new PrismaPg(poolConfig({ ...this.#connection, database })).connect(), dropShadow);
    } catch (error) {
      await dropShadow().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Disposes what the engine left open. `SchemaEngine.free()` releases the engine's
   * memory but not its connections, whose pools would keep the process alive.
   */
  async close(): Promise<void> {
    // Newest first: a shadow database is dropped through the connection opened before it.
    for (const adapter of [...this.#open].reverse()) await adapter.dispose();
  }

  #track(inner: PgAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter {
    const adapter: SqlDriverAdapter = new PgMigrationAdapter(inner, async () => {
      this.#open.delete(adapter);
      await afterDispose?.();
    });
    this.#open.add(adapter);
    return adapter;
  }
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

class PgMigrationAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private disposed = false;

  constructor(
    private readonly inner: PgAdapter,
    /** runs after the adapter's own pool is closed */
    private readonly afterDispose: () => Promise<void>,
  ) {
    readCharColumnsAsCharacter(inner);
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  async executeScript(script: string): Promise<void> {
    // Without parameters `pg` uses the simple query protocol, which accepts many statements.
    await this.inner.executeRaw({ sql: script, args: [], argTypes: [] });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return readCharColumnsAsCharacter(await this.inner.startTransaction(isolationLevel));
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo();
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.inner.dispose();
    await this.afterDispose();
  }
}

function poolConfig(connection: PostgresConnectionFields): pg.PoolConfig {
  const { host, port, user, password, database } = connection;
  return { host, port, user, password, database };
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/** The seam adapter-pg offers: its column-type mapping is module-private, `performIO` is not. */
interface AdapterPgQueryable {
  performIO(query: SqlQuery): Promise<pg.QueryArrayResult>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
}

/**
 * Makes `"char"` columns reach the engine as Character. The raw result is retagged
 * as text before adapter-pg maps it (where OID 18 would throw), then the mapped column
 * type is set to Character, which the engine's Postgres describer reads `"char"` as.
 */
function readCharColumnsAsCharacter<T>(queryable: T): T {
  const target = queryable as unknown as AdapterPgQueryable;
  if (typeof target.performIO !== 'function') {
    throw new Error('@prisma/adapter-pg no longer has performIO(); revisit prisma/src/pg-migration-adapter.ts');
  }
  const performIO = target.performIO.bind(target);
  const queryRaw = target.queryRaw.bind(target);
  // adapter-pg returns the driver's rows array as is, so it identifies the result.
  const charColumnsByRows = new WeakMap<unknown[], number[]>();
  target.performIO = async (query) => {
    const result = await performIO(query);
    // A script of several statements yields one result per statement; no columns to map there.
    if (!Array.isArray(result.fields)) return result;
    const charColumns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        charColumns.push(index);
      }
    });
    if (charColumns.length > 0) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };
  target.queryRaw = async (query) => {
    const resultSet = await queryRaw(query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  return queryable;
}
