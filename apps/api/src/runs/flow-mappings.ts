import type { PrismaClient } from '@tributary/db';
import { formatPath, type FlowDefinition } from '@tributary/workflows/flow-definition';
import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import { mappingKey, type RunFlowInput } from '@tributary/workflows/run-flow.contract';
import { MappingVersionNotFoundError } from './runs.errors';

export type ResolvedMappings = NonNullable<RunFlowInput['mappings']>;

/**
 * Loads every stored mapping version the flow's map steps pin
 * (`mappingRef: {id, version}`, at any depth), keyed by `mappingKey`, so the
 * run carries them in its input and never reads the database from the
 * workflow. Versions are immutable, so a run sees exactly what was pinned.
 */
export async function resolveFlowMappings(
  prisma: Pick<PrismaClient, 'fieldMappingVersion'>,
  definition: FlowDefinition,
): Promise<ResolvedMappings> {
  const refs = new Map<string, { id: string; version: number; path: string }>();
  for (const { step, path } of flattenSteps(definition.steps)) {
    if (step.kind !== 'map' || !step.mappingRef) continue;
    const key = mappingKey(step.mappingRef.id, step.mappingRef.version);
    if (!refs.has(key)) refs.set(key, { ...step.mappingRef, path: formatPath([...path, 'mappingRef']) });
  }
  if (refs.size === 0) return {};
  const rows = await prisma.fieldMappingVersion.findMany({
    where: { OR: [...refs.values()].map((ref) => ({ mappingId: ref.id, version: ref.version })) },
    select: { mappingId: true, version: true, definition: true },
  });
  const found = new Map(rows.map((row) => [mappingKey(row.mappingId, row.version), row.definition]));
  const mappings: ResolvedMappings = {};
  for (const [key, ref] of refs) {
    const definitionJson = found.get(key);
    if (definitionJson === undefined) throw new MappingVersionNotFoundError(ref.path, ref);
    // validated by FieldMappingDefinition when the version was written
    mappings[key] = definitionJson as unknown as ResolvedMappings[string];
  }
  return mappings;
}
