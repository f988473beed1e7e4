import type { FailStep } from '../definition/flow-steps';
import { evaluateTemplate } from '../expressions/expression-value';
import type { StepContext } from '../engine/step-context';
import { FlowError } from '../engine/step-failure';

/** Stops the block (and, unless an onError catches it, the run) with a named error. */
export async function runFailStep(step: FailStep, ctx: StepContext): Promise<never> {
  const message = step.message === undefined ? undefined : await evaluateTemplate(step.message, ctx.scope, 'message');
  throw new FlowError(step.error, typeof message === 'string' ? message : (JSON.stringify(message) ?? step.error));
}
