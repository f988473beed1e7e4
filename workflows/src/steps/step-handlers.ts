import type { FlowStep, StepKind } from '../flow-definition';
import { runActionStep } from './action.step';
import { runMapStep } from './map.step';
import type { StepContext, StepHandler, StepHandlers } from './step-handler';

/** The one table from step kind to handler. */
export const stepHandlers: StepHandlers = {
  action: runActionStep,
  map: runMapStep,
};

export function runStepHandler(step: FlowStep, ctx: StepContext): Promise<unknown> {
  // The table is keyed by kind, so the handler found always matches the step;
  // TypeScript cannot correlate the two through the index, hence the widening.
  const handler = stepHandlers[step.kind] as StepHandler<StepKind>;
  return handler(step, ctx);
}
