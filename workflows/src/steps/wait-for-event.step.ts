import { condition } from '@temporalio/workflow';
import type { WaitForEventStep } from '../definition/flow-steps';
import { parseDuration } from '../definition/duration';
import { evaluateTemplate } from '../expressions/expression-value';
import type { ApprovalDecision, WaitingFor } from '../run-flow.contract';
import type { StepContext } from '../engine/step-context';
import { eventMatches, type EventWait } from '../engine/run-state';
import { FlowError } from '../engine/step-failure';

/**
 * Pauses until an event with the step's name (and correlation key) arrives
 * through the `submitEvent` update or `event` signal, or an approver decides
 * through `decideApproval`. Events that arrive before the step waits are kept
 * in the run's inbox, so an early event is never lost.
 */
export async function runWaitForEventStep(step: WaitForEventStep, ctx: StepContext): Promise<unknown> {
  const correlationKey =
    step.correlationKey === undefined
      ? undefined
      : await evaluateTemplate(step.correlationKey, ctx.scope, 'correlationKey');
  const wait: EventWait = { stepId: step.id, event: step.event, correlationKey, approval: step.approval !== undefined };
  const timeoutMs = step.timeout === undefined ? undefined : (parseDuration(step.timeout) ?? undefined);

  if (!wait.approval) {
    const early = ctx.state.inbox.findIndex((event) => eventMatches(wait, event));
    if (early >= 0) {
      const [event] = ctx.state.inbox.splice(early, 1);
      return { event: step.event, payload: event?.payload ?? null, sender: event?.sender };
    }
  }

  const waitingFor: WaitingFor = { event: step.event };
  if (correlationKey !== undefined) waitingFor.correlationKey = correlationKey;
  if (timeoutMs !== undefined) waitingFor.until = new Date(Date.now() + timeoutMs).toISOString();
  if (step.approval) {
    waitingFor.approval = {
      prompt:
        step.approval.prompt === undefined
          ? undefined
          : await evaluateTemplate(step.approval.prompt, ctx.scope, 'approval.prompt'),
      approvers: step.approval.approvers,
    };
  }
  const key = ctx.scope.index === undefined ? step.id : `${step.id}#${ctx.scope.index}`;
  ctx.state.waiting.set(key, wait);
  ctx.progress.status = 'waiting';
  ctx.progress.waitingFor = waitingFor;
  let arrived: boolean;
  try {
    const delivered = () => wait.delivered !== undefined;
    arrived = timeoutMs === undefined ? (await condition(delivered), true) : await condition(delivered, timeoutMs);
  } finally {
    ctx.state.waiting.delete(key);
    ctx.progress.status = 'running';
    delete ctx.progress.waitingFor;
  }

  if (!arrived) {
    if (step.onTimeout) return { timedOut: true, output: (await ctx.runBlock(step.onTimeout, ctx.scope)) ?? null };
    throw new FlowError('event_timeout', `no "${step.event}" event arrived within ${step.timeout}`);
  }
  if (wait.approval) return wait.delivered?.payload as ApprovalDecision;
  return { event: step.event, payload: wait.delivered?.payload ?? null, sender: wait.delivered?.sender };
}
