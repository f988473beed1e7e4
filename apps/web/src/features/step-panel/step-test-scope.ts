import type { StepTestScope } from '../../api/step-tests.api';
import type { SampleScope } from '../expressions/sample-scope';

/** The scope a single-step test evaluates expressions in: the editor's sample, as the API takes it. */
export function stepTestScope(sample: SampleScope): StepTestScope {
  const scope: StepTestScope = { steps: {} };
  if (sample.trigger !== undefined) scope.trigger = sample.trigger;
  for (const [id, step] of Object.entries(sample.steps)) {
    scope.steps![id] = step.output === undefined ? {} : { output: step.output };
  }
  if (isRecord(sample.vars)) scope.vars = sample.vars;
  return scope;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
