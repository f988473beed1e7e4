import type { Flow } from '../../api/flows.api';

/**
 * Where a flow can be started over HTTP, or null when it cannot. The live
 * trigger follows the latest published version, so a flow that was never
 * published has no webhook, whatever its draft says. When the API does not
 * list the live path, the draft's trigger is the best available answer.
 */
export function flowWebhookPath(flow: Flow): string | null {
  if (flow.webhookPath !== undefined) return flow.webhookPath;
  if (flow.publishedVersion === null) return null;
  const trigger = flow.definition?.trigger;
  if (trigger?.kind !== 'webhook' || !trigger.path) return null;
  return `/hooks/${trigger.path}`;
}
