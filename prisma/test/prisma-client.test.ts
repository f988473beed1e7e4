import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, migrateDatabase, type PrismaClient } from '../src/index';
import { createEmptyDatabase, type EmptyDatabase } from './empty-database';

describe('createPrismaClient', () => {
  let database: EmptyDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    await migrateDatabase(database.url);
    prisma = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('creates a flow, publishes a version and records a run of it', async () => {
    const definition = {
      trigger: { kind: 'webhook' },
      steps: [{ id: 'fetch', kind: 'action', input: { url: 'https://example.test' } }],
    };
    const flow = await prisma.flow.create({
      data: {
        id: 'flow_01',
        slug: 'sync-orders',
        name: 'Sync orders',
        draft: definition,
        versions: { create: { id: 'flv_01', version: 1, definition } },
      },
      include: { versions: true },
    });
    const run = await prisma.run.create({
      data: {
        id: 'run_01',
        flowId: flow.id,
        flowVersionId: flow.versions[0]!.id,
        flowVersionNumber: 1,
        triggerKind: 'webhook',
        workflowId: 'run_01',
      },
    });

    const stored = await prisma.flow.findUniqueOrThrow({
      where: { slug: 'sync-orders' },
      include: { versions: true, runs: { include: { flowVersion: true } } },
    });
    expect(stored.draft).toEqual(definition);
    expect(stored.versions.map((version) => version.version)).toEqual([1]);
    expect(stored.runs).toEqual([
      expect.objectContaining({
        id: run.id,
        status: 'running',
        closedAt: null,
        flowVersion: expect.objectContaining({ definition }),
      }),
    ]);
    expect(stored.runs[0]!.startedAt).toBeInstanceOf(Date);
  });

  it('enforces the unique constraints of the schema', async () => {
    await prisma.flow.create({ data: { id: 'flow_02', slug: 'dup', name: 'A', draft: {} } });
    await expect(
      prisma.flow.create({ data: { id: 'flow_03', slug: 'dup', name: 'B', draft: {} } }),
    ).rejects.toMatchObject({
      code: 'P2002',
    });
  });

  it('deletes a flow together with its versions and runs', async () => {
    await prisma.flow.delete({ where: { id: 'flow_01' } });
    expect(await prisma.flowVersion.count({ where: { flowId: 'flow_01' } })).toBe(0);
    expect(await prisma.run.count({ where: { flowId: 'flow_01' } })).toBe(0);
  });
});
