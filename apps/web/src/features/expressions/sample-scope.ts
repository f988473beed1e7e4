import type { ExpressionScope } from '@tributary/workflows/expressions/expression-value';

/**
 * What the editor knows about a run's data: the last test run's trigger
 * payload and step outputs. Expressions are completed and previewed against
 * it, so an analyst sees real values while writing `$steps.mapJob.output.title`.
 */
export interface SampleScope {
  trigger?: unknown;
  steps: Record<string, { output?: unknown }>;
  vars?: unknown;
  /** inside a forEach body: the current element and its position */
  item?: unknown;
  index?: number;
}

/** A scope with nothing in it yet (no test run). */
export const EMPTY_SAMPLE_SCOPE: SampleScope = { steps: {} };

/** The `$run` an expression sees in a sample: a draft test run, which has no version. */
export function sampleRun(startedAt: Date = new Date()): ExpressionScope['run'] {
  return { id: 'run_sample', flow: 'sample', version: null, startedAt: startedAt.toISOString() };
}

/** The scope the engine would build for these samples, so the preview evaluates exactly as a run does. */
export function toExpressionScope(sample: SampleScope, startedAt?: Date): ExpressionScope {
  const scope: ExpressionScope = {
    trigger: sample.trigger,
    steps: sample.steps,
    run: sampleRun(startedAt),
    vars: isRecord(sample.vars) ? sample.vars : {},
  };
  if (sample.item !== undefined || sample.index !== undefined) {
    scope.item = sample.item;
    scope.index = sample.index;
  }
  return scope;
}

/** The variables in scope and their sample values; `$item`/`$index` only inside a forEach body. */
export function scopeRoots(sample: SampleScope): Map<string, unknown> {
  const scope = toExpressionScope(sample);
  const roots = new Map<string, unknown>([
    ['trigger', scope.trigger],
    ['steps', scope.steps],
    ['vars', scope.vars],
    ['run', scope.run],
  ]);
  if (sample.item !== undefined || sample.index !== undefined) {
    roots.set('item', sample.item);
    roots.set('index', sample.index);
  }
  return roots;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
