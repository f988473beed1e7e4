import type { Flow, FlowVersion } from '@tributary/db';
import type { FlowResource, FlowVersionResource } from './flows.schemas';
import { storedFlowDefinition } from './stored-flow-definition';

export function presentFlow(
  flow: Flow,
  live: { publishedVersion: number | null; webhookPath: string | null },
): FlowResource {
  return {
    id: flow.id,
    object: 'flow',
    slug: flow.slug,
    name: flow.name,
    description: flow.description,
    definition: storedFlowDefinition(flow.draft),
    publishedVersion: live.publishedVersion,
    webhookPath: live.webhookPath,
    createdAt: flow.createdAt.toISOString(),
    updatedAt: flow.updatedAt.toISOString(),
  };
}

export function presentFlowVersion(version: FlowVersion, publicUrl: string): FlowVersionResource {
  const definition = storedFlowDefinition(version.definition);
  return {
    id: version.id,
    object: 'flow_version',
    flowId: version.flowId,
    version: version.version,
    definition,
    webhookUrl: definition.trigger.kind === 'webhook' ? `${publicUrl}/hooks/${definition.trigger.path}` : null,
    publishedAt: version.publishedAt.toISOString(),
  };
}
