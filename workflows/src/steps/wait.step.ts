import { sleep } from '@temporalio/workflow';
import type { WaitStep } from '../definition/flow-steps';
import { parseDuration } from '../definition/duration';
import { evaluateTemplate } from '../expressions/expression-value';
import type { StepContext } from '../engine/step-context';
import { FlowError } from '../engine/step-failure';

/**
 * A durable timer: the run holds no worker while it waits, survives restarts
 * of everything, and resumes on time, be it in 30 seconds or in 30 days.
 */
export async function runWaitStep(step: WaitStep, ctx: StepContext): Promise<unknown> {
  const startedAt = Date.now();
  const ms = step.duration !== undefined ? parseDuration(step.duration) : await untilMs(step, ctx, startedAt);
  if (ms === null) throw new FlowError('invalid_duration', `"${step.duration}" is not a duration`);
  const until = new Date(startedAt + Math.max(ms, 0)).toISOString();
  if (ms > 0) {
    ctx.progress.status = 'waiting';
    ctx.progress.waitingFor = { until };
    await sleep(ms);
    ctx.progress.status = 'running';
    delete ctx.progress.waitingFor;
  }
  return { waitedUntil: until };
}

async function untilMs(step: WaitStep, ctx: StepContext, now: number): Promise<number> {
  const value = await evaluateTemplate(step.until, ctx.scope, 'until');
  const at = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(at)) {
    throw new FlowError(
      'invalid_timestamp',
      `wait "until" gave ${JSON.stringify(value)}, not an ISO timestamp or epoch ms`,
    );
  }
  return at - now;
}
