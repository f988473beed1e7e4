import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { EmbeddedPostgresError } from './embedded-postgres.errors';

export interface EmbeddedPostgres {
  /** postgresql://postgres@host:port/postgres — the database name is ignored by the server; there is only one */
  databaseUrl: string;
  /** Closes client connections, the listener and the database files. */
  stop(): Promise<void>;
}

/**
 * PostgreSQL 18 compiled to WebAssembly (PGlite), served on a TCP port with the
 * Postgres wire protocol so `pg`, Prisma Client and the migrations connect as to a
 * real server. Lets `npm start` run without an installed PostgreSQL; data lives in
 * `dataDir` and survives restarts.
 *
 * Limits worth knowing: one database (the name in a URL is ignored, so migrations
 * are *created* against a real server; applying them here works), one query at a
 * time, and the server runs on this process's event loop: never block it (a
 * synchronous child process that connects back deadlocks).
 *
 * @example
 * const pg = await startEmbeddedPostgres({ dataDir: '.data/postgres', port: 5433 });
 * await migrateDatabase(pg.databaseUrl);
 * const prisma = createPrismaClient(pg.databaseUrl);
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const releaseLock = await lockDataDir(dataDir);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create({ dataDir });
    const server = new PGLiteSocketServer({
      db,
      host,
      port: options.port,
      // pg pools open several connections; the server queues their queries and keeps
      // a transaction's queries together on the connection that opened it.
      maxConnections: 64,
    });
    await server.start();
    const port = Number(server.getServerConn().split(':').pop());
    const database = db;
    return {
      databaseUrl: `postgresql://postgres@${host.includes(':') ? `[${host}]` : host}:${port}/postgres`,
      async stop() {
        await server.stop();
        // stop() detaches connections without waiting; let a pending ROLLBACK reach PGlite first.
        await new Promise((resolve) => setImmediate(resolve));
        await database.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    await releaseLock();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      throw new EmbeddedPostgresError(
        'EMBEDDED_POSTGRES_PORT_IN_USE',
        `port ${host}:${options.port} is already in use — choose another port for the embedded PostgreSQL`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Two PGlite instances writing one data directory corrupt it, and PGlite does not
 * guard against that itself. A `<dataDir>.lock` file holding the owner's pid does;
 * a lock left by a process that has died is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lockPath, 'utf8').catch(() => ''));
      if (owner && isAlive(owner)) {
        throw new EmbeddedPostgresError(
          'EMBEDDED_POSTGRES_DATA_DIR_IN_USE',
          `${dataDir} is in use by process ${owner}; stop it first (two embedded servers on one data directory corrupt it)`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new EmbeddedPostgresError('EMBEDDED_POSTGRES_DATA_DIR_IN_USE', `could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
