import type { RespondStep } from '../definition/flow-steps';
import { evaluateTemplate } from '../expressions/expression-value';
import type { FlowResponse } from '../run-flow.contract';
import type { StepContext } from '../engine/step-context';

/**
 * Sets the HTTP response of a synchronous webhook call. The caller (waiting
 * in the `awaitResponse` update) gets it now; the run goes on with the steps
 * after it. The first `respond` wins: HTTP has one answer per request.
 */
export async function runRespondStep(step: RespondStep, ctx: StepContext): Promise<unknown> {
  const headers = (await evaluateTemplate(step.headers ?? {}, ctx.scope, 'headers')) as Record<string, unknown>;
  const body = step.body === undefined ? undefined : await evaluateTemplate(step.body, ctx.scope, 'body');
  const response: FlowResponse = {
    status: step.status,
    headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)])),
    body,
  };
  ctx.state.response ??= response;
  ctx.state.progress.response = ctx.state.response;
  return { sent: ctx.state.response === response, status: response.status };
}
