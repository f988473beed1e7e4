import type { FlowDefinition } from '@tributary/workflows/flow-definition';

/** The definition with one top-level action step's `input` replaced, for a test with edited input. */
export function replaceStepInput(
  definition: FlowDefinition,
  stepId: string,
  input: Record<string, unknown>,
): FlowDefinition {
  return {
    ...definition,
    steps: definition.steps.map((step) => (step.id === stepId && step.kind === 'action' ? { ...step, input } : step)),
  };
}
