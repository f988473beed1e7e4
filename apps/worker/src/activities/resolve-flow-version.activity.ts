import { ApplicationFailure } from '@temporalio/activity';
import type { PrismaClient } from '@tributary/db';
import { formatPath, type FlowDefinition } from '@tributary/workflows/flow-definition';
import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import { mappingKey, type ResolvedFlowVersion } from '@tributary/workflows/run-flow.contract';

export type FlowVersionReader = Pick<PrismaClient, 'flow' | 'flowVersion' | 'fieldMappingVersion'>;

/**
 * Loads a subflow's published version (the given one, or the latest) with
 * the stored mapping versions it pins, so the child run starts with
 * everything it needs in its input. A missing flow, version or mapping is a
 * configuration error that no retry fixes: the failures are non-retryable.
 */
export function createResolveFlowVersion(prisma: FlowVersionReader) {
  return async function resolveFlowVersion(request: { slug: string; version?: number }): Promise<ResolvedFlowVersion> {
    const flow = await prisma.flow.findUnique({ where: { slug: request.slug }, select: { id: true, slug: true } });
    if (!flow) throw notFound('flow_not_found', `no flow with slug "${request.slug}" exists`, request);
    const version = await prisma.flowVersion.findFirst({
      where: { flowId: flow.id, ...(request.version === undefined ? {} : { version: request.version }) },
      orderBy: { version: 'desc' },
    });
    if (!version) {
      const which = request.version === undefined ? 'any published version' : `version ${request.version}`;
      throw notFound('flow_version_not_found', `flow "${flow.slug}" has no ${which}`, request);
    }
    // validated by validateFlowDefinition when it was published
    const definition = version.definition as unknown as FlowDefinition;
    return {
      flow: { id: flow.id, slug: flow.slug, version: version.version, versionId: version.id },
      definition,
      mappings: await loadMappings(prisma, definition, flow.slug),
    };
  };
}

async function loadMappings(prisma: FlowVersionReader, definition: FlowDefinition, slug: string) {
  const refs = new Map<string, { id: string; version: number; path: string }>();
  for (const { step, path } of flattenSteps(definition.steps)) {
    if (step.kind === 'map' && step.mappingRef) {
      refs.set(mappingKey(step.mappingRef.id, step.mappingRef.version), {
        ...step.mappingRef,
        path: formatPath([...path, 'mappingRef']),
      });
    }
  }
  const mappings: ResolvedFlowVersion['mappings'] = {};
  if (refs.size === 0) return mappings;
  const rows = await prisma.fieldMappingVersion.findMany({
    where: { OR: [...refs.values()].map((ref) => ({ mappingId: ref.id, version: ref.version })) },
    select: { mappingId: true, version: true, definition: true },
  });
  for (const row of rows) {
    // validated by FieldMappingDefinition when the version was written
    mappings[mappingKey(row.mappingId, row.version)] =
      row.definition as unknown as ResolvedFlowVersion['mappings'][string];
  }
  for (const [key, ref] of refs) {
    if (!(key in mappings)) {
      throw ApplicationFailure.create({
        type: 'mapping_version_not_found',
        message: `flow "${slug}": ${ref.path} refers to mapping ${ref.id} version ${ref.version}, which does not exist`,
        nonRetryable: true,
        details: [{ code: 'mapping_version_not_found', mappingId: ref.id, version: ref.version, path: ref.path }],
      });
    }
  }
  return mappings;
}

function notFound(type: 'flow_not_found' | 'flow_version_not_found', message: string, request: object) {
  return ApplicationFailure.create({ type, message, nonRetryable: true, details: [{ code: type, ...request }] });
}
