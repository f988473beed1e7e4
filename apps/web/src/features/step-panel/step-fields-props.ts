import type { SampleScope } from '../expressions/sample-scope';
import type { StepProblem } from './step-problems';

/** What every per-kind settings form gets: the step, its problems, the sample data, and where edits go. */
export interface StepFieldsProps<S> {
  idPrefix: string;
  step: S;
  sample: SampleScope;
  problems: StepProblem[];
  onChange(next: S): void;
}
