import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';
import type { FlowStep, StepKind } from '../definition/flow-steps';
import { errorHandlerSteps } from '../definition/step-tree';
import { evaluateTemplate, type ExpressionScope } from '../expressions/expression-value';
import type { StepError } from '../run-flow.contract';
import { stepHandlers } from '../steps/step-handlers';
import type { RunContext, StepContext, StepHandler } from './step-context';
import { FlowError, StepFailure, toStepError } from './step-failure';
import type { RunState } from './run-state';

/**
 * Runs blocks of steps: one after another, each with its retry policy,
 * timeout and onError. Action retries belong to Temporal (the activity's
 * retry policy); every other kind is retried here after a durable timer.
 */
export class StepRunner {
  constructor(
    private readonly run: RunContext,
    private readonly state: RunState,
  ) {}

  /** Resolves with the last step's output; throws StepFailure when a step fails unhandled. */
  async runBlock(steps: FlowStep[], scope: ExpressionScope): Promise<unknown> {
    let output: unknown;
    for (const step of steps) output = await this.runStep(step, scope);
    return output;
  }

  async runStep(step: FlowStep, scope: ExpressionScope): Promise<unknown> {
    const progress = this.state.step(step.id);
    const inLoop = scope.item !== undefined || scope.index !== undefined;
    if (inLoop) {
      progress.iterations ??= { total: 0, succeeded: 0, failed: 0 };
      progress.iterations.total += 1;
    }
    progress.status = 'running';
    progress.startedAt = now();
    delete progress.finishedAt;
    delete progress.error;
    progress.attempts = 0;

    const ctx: StepContext = {
      run: this.run,
      state: this.state,
      scope,
      progress,
      runBlock: (steps, blockScope) => this.runBlock(steps, blockScope),
    };
    const maxAttempts = step.kind === 'action' ? 1 : (step.retry?.maxAttempts ?? 1);
    let attempt = 0;
    for (;;) {
      attempt += 1;
      progress.attempts = Math.max(progress.attempts, attempt);
      try {
        const output = await this.withTimeout(step, () => dispatch(step, ctx));
        progress.status = 'succeeded';
        progress.output = output;
        progress.finishedAt = now();
        if (inLoop && progress.iterations) progress.iterations.succeeded += 1;
        scope.steps[step.id] = { output };
        return output;
      } catch (error) {
        if (isCancellation(error)) {
          progress.status = 'cancelled';
          progress.finishedAt = now();
          throw error;
        }
        const { error: stepError, attempts } = toStepError(error);
        if (attempts !== undefined) progress.attempts = attempts;
        if (attempt < maxAttempts && retryable(step, stepError)) {
          await sleep(backoffMs(step, attempt));
          continue;
        }
        progress.status = 'failed';
        progress.error = stepError;
        progress.finishedAt = now();
        if (inLoop && progress.iterations) progress.iterations.failed += 1;
        return this.handleFailure(step, stepError, scope, error, ctx);
      }
    }
  }

  private async handleFailure(
    step: FlowStep,
    stepError: StepError,
    scope: ExpressionScope,
    error: unknown,
    ctx: StepContext,
  ): Promise<unknown> {
    const onError = step.onError ?? 'fail';
    const mode = typeof onError === 'string' ? onError : onError.mode;
    if (mode === 'fail') {
      throw error instanceof StepFailure ? error : new StepFailure(step.id, stepError);
    }
    scope.steps[step.id] = { error: stepError };
    ctx.progress.handled = true;
    let output: unknown;
    if (mode === 'continue') {
      const template = typeof onError === 'object' && onError.mode === 'continue' ? onError.output : undefined;
      output = template === undefined ? null : await evaluateTemplate(template, scope, `${step.id}.onError.output`);
    } else {
      output = await this.runBlock(errorHandlerSteps(step.onError) ?? [], scope);
    }
    scope.steps[step.id] = { output, error: stepError };
    ctx.progress.output = output;
    return output;
  }

  /** Non-action steps: `timeoutMs` bounds the whole step. Action timeouts are per attempt, in the activity options. */
  private async withTimeout<T>(step: FlowStep, body: () => Promise<T>): Promise<T> {
    if (step.kind === 'action' || step.timeoutMs === undefined) return body();
    const limit = step.timeoutMs;
    let timedOut = false;
    const work = new CancellationScope();
    const timer = new CancellationScope();
    timer
      .run(() => sleep(limit))
      .then(
        () => {
          timedOut = true;
          work.cancel();
        },
        () => undefined,
      );
    try {
      return await work.run(body);
    } catch (error) {
      if (timedOut && isCancellation(error)) {
        throw new FlowError('step_timeout', `step "${step.id}" did not finish within ${limit} ms`);
      }
      throw error;
    } finally {
      timer.cancel();
    }
  }
}

function dispatch(step: FlowStep, ctx: StepContext): Promise<unknown> {
  // The table is keyed by kind, so the handler found always matches the step;
  // TypeScript cannot correlate the two through the index, hence the widening.
  const handler = stepHandlers[step.kind] as StepHandler<Extract<FlowStep, { kind: StepKind }>>;
  return handler(step, ctx);
}

function retryable(step: FlowStep, error: StepError): boolean {
  return !(step.retry?.nonRetryableErrorCodes ?? []).includes(error.code);
}

function backoffMs(step: FlowStep, attempt: number): number {
  const retry = step.retry;
  const initial = retry?.initialIntervalMs ?? 1_000;
  const interval = initial * Math.pow(retry?.backoffCoefficient ?? 2, attempt - 1);
  return Math.min(interval, retry?.maxIntervalMs ?? 60_000);
}

/** Workflow time is deterministic: Date is replaced inside the sandbox. */
export function now(): string {
  return new Date().toISOString();
}
