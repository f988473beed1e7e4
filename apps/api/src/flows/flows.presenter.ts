import type { Flow, FlowVersion } from '@tributary/db';
import type { FlowLastRun, FlowResource, FlowVersionResource } from './flows.schemas';
import { storedFlowDefinition } from './stored-flow-definition';

/** What a flow row alone does not say: its newest version, live webhook path and last run. */
export interface FlowLiveState {
  publishedVersion: number | null;
  webhookPath: string | null;
  lastRun: FlowLastRun | null;
}

export function presentFlow(flow: Flow, live: FlowLiveState): FlowResource {
  return {
    id: flow.id,
    object: 'flow',
    slug: flow.slug,
    name: flow.name,
    description: flow.description,
    definition: storedFlowDefinition(flow.draft),
    publishedVersion: live.publishedVersion,
    webhookPath: live.webhookPath,
    lastRun: live.lastRun,
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
    message: version.message,
    publishedBy: version.publishedBy,
    publishedAt: version.publishedAt.toISOString(),
  };
}
