import type { FlowListItem as Flow } from '../../api/flows.api';

/**
 * Where a flow can be started over HTTP, or null when it cannot. The API
 * reports the live trigger (it follows the latest published version), never
 * the draft's, so an unpublished edit does not show a URL that would 404.
 */
export function flowWebhookPath(flow: Flow): string | null {
  return flow.webhookPath === null ? null : `/hooks/${flow.webhookPath}`;
}
