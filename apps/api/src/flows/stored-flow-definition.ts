import type { FlowDefinition } from '@tributary/workflows/flow-definition';

/**
 * Reads a definition back from a Json column. Drafts and versions pass
 * `validateFlowDefinition` before they are written, so what comes back is a
 * FlowDefinition; re-parsing on every read would only cost time.
 */
export function storedFlowDefinition(json: unknown): FlowDefinition {
  return json as FlowDefinition;
}
