import type { SampleScope } from '../expressions/sample-scope';

/** A step of a test run, as far as the editor reads it (ApiSchema<'StepProgress'>). */
interface StepProgressLike {
  status: string;
  output?: unknown;
}

/** The last test run as sample data for expressions: `$trigger` is its payload, `$steps.<id>.output` its outputs. */
export function sampleFromTestRun(payload: unknown, steps: Record<string, StepProgressLike>): SampleScope {
  return {
    ...(payload === undefined || payload === null ? {} : { trigger: payload }),
    steps: Object.fromEntries(
      Object.entries(steps).map(([id, step]) => [id, step.output === undefined ? {} : { output: step.output }]),
    ),
  };
}

/** Test-run status by step id, for the nodes' `data-status`. */
export function statusesFromTestRun(steps: Record<string, StepProgressLike>): Record<string, string> {
  return Object.fromEntries(Object.entries(steps).map(([id, step]) => [id, step.status]));
}
