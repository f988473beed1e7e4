import { randomBytes } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRecordRunOutcome } from '../src/activities/record-run-outcome.activity';
import { createResolveFlowVersion } from '../src/activities/resolve-flow-version.activity';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await prisma?.$disconnect();
});

const suffix = () => randomBytes(6).toString('hex');

function definitionUsing(mappingId: string, version: number) {
  return {
    schemaVersion: 1,
    trigger: { kind: 'manual' },
    steps: [
      {
        id: 'route',
        kind: 'if',
        condition: 'true',
        then: [{ id: 'shape', kind: 'map', mappingRef: { id: mappingId, version } }],
      },
    ],
  };
}

async function seedFlow(versions: object[]) {
  const id = suffix();
  const flow = await prisma.flow.create({
    data: { id: `flow_${id}`, slug: `sub-${id}`, name: 'Sub', draft: versions.at(-1) ?? {} },
  });
  for (const [index, definition] of versions.entries()) {
    await prisma.flowVersion.create({
      data: { id: `flv_${id}_${index + 1}`, flowId: flow.id, version: index + 1, definition },
    });
  }
  return flow;
}

async function rejection(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApplicationFailure)) throw new Error(`expected an ApplicationFailure, got ${String(error)}`);
  return error;
}

describe('resolveFlowVersion', () => {
  it('loads the latest published version with the mapping versions it pins', async () => {
    const mapping = await prisma.fieldMapping.create({
      data: { id: `map_${suffix()}`, name: `m-${suffix()}`, latestVersion: 2 },
    });
    const mappingDefinition = { rules: [{ target: 'a', source: 'x' }] };
    await prisma.fieldMappingVersion.create({
      data: { id: `mpv_${suffix()}`, mappingId: mapping.id, version: 2, definition: mappingDefinition },
    });
    const flow = await seedFlow([
      { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [] },
      definitionUsing(mapping.id, 2),
    ]);
    const resolve = createResolveFlowVersion(prisma);

    const latest = await resolve({ slug: flow.slug });
    expect(latest.flow).toEqual({
      id: flow.id,
      slug: flow.slug,
      version: 2,
      versionId: `${flow.id.replace('flow_', 'flv_')}_2`,
    });
    expect(latest.mappings).toEqual({ [`${mapping.id}@2`]: mappingDefinition });

    const first = await resolve({ slug: flow.slug, version: 1 });
    expect(first.flow.version).toBe(1);
    expect(first.mappings).toEqual({});
  });

  it('fails without retry when the flow, the version or a pinned mapping does not exist', async () => {
    const resolve = createResolveFlowVersion(prisma);
    const noFlow = await rejection(resolve({ slug: `missing-${suffix()}` }));
    expect(noFlow).toMatchObject({ type: 'flow_not_found', nonRetryable: true });

    const flow = await seedFlow([{ schemaVersion: 1, trigger: { kind: 'manual' }, steps: [] }]);
    const noVersion = await rejection(resolve({ slug: flow.slug, version: 9 }));
    expect(noVersion).toMatchObject({ type: 'flow_version_not_found', nonRetryable: true });

    const unmapped = await seedFlow([definitionUsing('map_gone', 1)]);
    const noMapping = await rejection(resolve({ slug: unmapped.slug }));
    expect(noMapping).toMatchObject({ type: 'mapping_version_not_found', nonRetryable: true });
    expect(noMapping.message).toContain('steps[0].then[0].mappingRef');
  });
});

describe('recordRunOutcome', () => {
  it('records a cancelled run as cancelled with its close time', async () => {
    const flow = await seedFlow([{ schemaVersion: 1, trigger: { kind: 'manual' }, steps: [] }]);
    const runId = `run_${suffix()}`;
    await prisma.run.create({
      data: {
        id: runId,
        flowId: flow.id,
        flowVersionId: `${flow.id.replace('flow_', 'flv_')}_1`,
        flowVersionNumber: 1,
        triggerKind: 'manual',
        workflowId: `wf-${runId}`,
      },
    });
    await createRecordRunOutcome(prisma)({ runId, status: 'cancelled', closedAt: '2026-11-30T10:00:00.000Z' });
    const row = await prisma.run.findUniqueOrThrow({ where: { id: runId } });
    expect(row).toMatchObject({ status: 'cancelled', closedAt: new Date('2026-11-30T10:00:00.000Z') });
  });
});
