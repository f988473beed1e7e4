import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPrismaClient,
  EmbeddedPostgresError,
  migrateDatabase,
  migrationStatus,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../src/index';

describe('embedded PostgreSQL (PGlite over a socket)', () => {
  const started: EmbeddedPostgres[] = [];
  let dataDir: string | undefined;

  afterAll(async () => {
    await Promise.allSettled(started.map((server) => server.stop()));
    if (dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  async function start(): Promise<EmbeddedPostgres> {
    const server = await startEmbeddedPostgres({ dataDir: dataDir!, port: 0 });
    started.push(server);
    return server;
  }

  it('takes the migrations, stores a flow through Prisma, and still has it after a restart', async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'tributary-pglite-')), 'postgres');
    const first = await start();
    expect(first.databaseUrl).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);

    const { applied } = await migrateDatabase(first.databaseUrl);
    expect(applied).toHaveLength((await migrationStatus(first.databaseUrl)).migrations.length);
    expect(applied.length).toBeGreaterThan(0);

    const prisma = createPrismaClient(first.databaseUrl);
    await prisma.flow.create({
      data: { id: 'flow_embedded', slug: 'embedded', name: 'Embedded', draft: { steps: [] } },
    });
    await prisma.$disconnect();
    await first.stop();

    const second = await start();
    expect(await migrateDatabase(second.databaseUrl)).toEqual({ applied: [] });
    const reopened = createPrismaClient(second.databaseUrl);
    try {
      const flow = await reopened.flow.findUnique({ where: { slug: 'embedded' } });
      expect(flow).toMatchObject({ id: 'flow_embedded', name: 'Embedded', draft: { steps: [] } });
    } finally {
      await reopened.$disconnect();
    }
  });

  it('refuses a second server on a data directory that is in use', async () => {
    // The server of the previous test is still running on dataDir.
    await expect(startEmbeddedPostgres({ dataDir: dataDir!, port: 0 })).rejects.toSatisfy(
      (error) => error instanceof EmbeddedPostgresError && error.code === 'EMBEDDED_POSTGRES_DATA_DIR_IN_USE',
    );
  });
});
