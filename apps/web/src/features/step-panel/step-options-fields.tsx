import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import type { SampleScope } from '../expressions/sample-scope';
import { IntegerField, SelectField, TemplateField } from './panel-fields';
import { freshStepId } from './step-identity';
import {
  ON_ERROR_CHOICES,
  onErrorChoice,
  withContinueOutput,
  withMaxAttempts,
  withOnErrorChoice,
  withTimeoutMs,
} from './step-options-edit';
import { problemAt, type StepProblem } from './step-problems';

interface StepOptionsFieldsProps {
  idPrefix: string;
  step: FlowStep;
  definition: FlowDefinition;
  sample: SampleScope;
  problems: StepProblem[];
  onChange(next: FlowStep): void;
}

/** Retry, timeout and what happens on failure: the settings every step kind shares. */
export function StepOptionsFields({ idPrefix, step, definition, sample, problems, onChange }: StepOptionsFieldsProps) {
  const choice = onErrorChoice(step.onError);
  const continueOutput =
    typeof step.onError === 'object' && step.onError.mode === 'continue' ? step.onError.output : undefined;
  return (
    <fieldset>
      <legend>When it fails</legend>
      <div className="panel-grid">
        <IntegerField
          id={`${idPrefix}-max-attempts`}
          label="Max attempts"
          value={step.retry?.maxAttempts}
          min={1}
          max={100}
          placeholder={step.kind === 'action' ? '5' : '1'}
          problem={problemAt(problems, 'retry.maxAttempts') ?? problemAt(problems, 'retry')}
          onChange={(attempts) => onChange(withMaxAttempts(step, attempts === undefined ? '' : String(attempts)))}
        />
        <IntegerField
          id={`${idPrefix}-timeout`}
          label="Timeout (ms)"
          value={step.timeoutMs}
          min={100}
          placeholder={step.kind === 'action' ? '120000' : 'none'}
          problem={problemAt(problems, 'timeoutMs')}
          onChange={(timeout) => onChange(withTimeoutMs(step, timeout === undefined ? '' : String(timeout)))}
        />
      </div>
      <p className="panel-hint">
        {step.kind === 'action'
          ? 'The timeout is per attempt. Empty fields use the defaults.'
          : 'The timeout covers the whole step. Empty fields use the defaults.'}
      </p>
      <SelectField
        id={`${idPrefix}-on-error`}
        label="On error"
        value={choice}
        options={ON_ERROR_CHOICES}
        problem={problemAt(problems, 'onError')}
        hint={
          choice === 'handler'
            ? `The handler steps appear on the canvas under this step; $steps.${step.id}.error holds the error.`
            : undefined
        }
        onChange={(next) => onChange(withOnErrorChoice(step, next, freshStepId(`${step.id}Failed`, definition)))}
      />
      {choice === 'continueWithOutput' && (
        <TemplateField
          id={`${idPrefix}-fallback`}
          label="Fallback output"
          value={continueOutput}
          json
          sample={sample}
          problem={problemAt(problems, 'onError.output')}
          hint={`The step's output when it failed; may use $steps.${step.id}.error.`}
          onChange={(output) => onChange(withContinueOutput(step, output ?? null))}
        />
      )}
    </fieldset>
  );
}
