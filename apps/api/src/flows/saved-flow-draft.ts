import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { checkFlowDefinition } from './flow-definition-check';
import { InvalidFlowDefinitionError } from './flows.errors';

/**
 * A flow's saved draft, for running it (test runs, single-step tests). It was
 * valid when written, but the schema may have grown stricter since: a draft
 * that no longer validates is a 400 with its problems, not a failed run.
 */
export function savedFlowDraft(draft: unknown): FlowDefinition {
  const checked = checkFlowDefinition(draft);
  if (!checked.ok) throw new InvalidFlowDefinitionError(checked.problems);
  return checked.flow;
}
