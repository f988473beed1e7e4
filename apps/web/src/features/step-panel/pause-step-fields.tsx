import type {
  FailStep,
  RespondStep,
  SubflowStep,
  WaitForEventStep,
  WaitStep,
} from '@tributary/workflows/flow-definition';
import { DurationField, IntegerField, JsonField, TemplateField, TextField } from './panel-fields';
import type { StepFieldsProps } from './step-fields-props';
import { problemAt } from './step-problems';

/** The settings of the steps that wait, hand over or end: wait, waitForEvent, subflow, respond, fail. */

export function WaitStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<WaitStep>) {
  return (
    <>
      <DurationField
        id={`${idPrefix}-duration`}
        label="Duration"
        value={step.duration}
        problem={problemAt(problems, 'duration')}
        optionalHint="e.g. 30m, 2 hours or P1D; or leave empty and wait until a time."
        onChange={(duration) => onChange(set(step, 'duration', duration))}
      />
      <TemplateField
        id={`${idPrefix}-until`}
        label="Until"
        value={step.until}
        sample={sample}
        problem={problemAt(problems, 'until')}
        hint="An ISO timestamp such as 2026-03-01T08:00:00Z, or an expression giving one."
        onChange={(until) => onChange(set(step, 'until', until))}
      />
    </>
  );
}

export function WaitForEventStepFields({
  idPrefix,
  step,
  sample,
  problems,
  onChange,
}: StepFieldsProps<WaitForEventStep>) {
  const approval = step.approval;
  return (
    <>
      <TextField
        id={`${idPrefix}-event`}
        label="Event name"
        value={step.event}
        mono
        problem={problemAt(problems, 'event')}
        hint="What the sender posts, e.g. quality.inspection.passed."
        onChange={(event) => onChange({ ...step, event })}
      />
      <TemplateField
        id={`${idPrefix}-correlation`}
        label="Correlation key"
        value={step.correlationKey}
        sample={sample}
        problem={problemAt(problems, 'correlationKey')}
        hint="Only an event carrying the same key resumes this step."
        onChange={(correlationKey) => onChange(set(step, 'correlationKey', correlationKey))}
      />
      <DurationField
        id={`${idPrefix}-timeout`}
        label="Timeout"
        value={step.timeout}
        problem={problemAt(problems, 'timeout')}
        optionalHint="Empty: wait forever. e.g. 2 days or PT4H."
        onChange={(timeout) => onChange(set(step, 'timeout', timeout))}
      />
      <div className="panel-field">
        <label>
          <input
            type="checkbox"
            checked={approval !== undefined}
            onChange={(event) => onChange(set(step, 'approval', event.target.checked ? {} : undefined))}
          />{' '}
          Human approval (approve or reject with a comment)
        </label>
      </div>
      {approval && (
        <>
          <TemplateField
            id={`${idPrefix}-prompt`}
            label="Approval prompt"
            value={approval.prompt}
            sample={sample}
            problem={problemAt(problems, 'approval.prompt')}
            onChange={(prompt) => onChange({ ...step, approval: set(approval, 'prompt', prompt) })}
          />
          <TextField
            id={`${idPrefix}-approvers`}
            label="Approvers"
            value={(approval.approvers ?? []).join(', ')}
            problem={problemAt(problems, 'approval.approvers')}
            hint="User names or e-mails, comma-separated; empty = anyone who may write runs."
            onChange={(text) => {
              const approvers = text
                .split(',')
                .map((entry) => entry.trim())
                .filter(Boolean);
              onChange({ ...step, approval: set(approval, 'approvers', approvers.length ? approvers : undefined) });
            }}
          />
        </>
      )}
    </>
  );
}

export function SubflowStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<SubflowStep>) {
  return (
    <>
      <TextField
        id={`${idPrefix}-flow`}
        label="Flow"
        value={step.flow}
        mono
        problem={problemAt(problems, 'flow')}
        hint="The slug of the flow to run."
        onChange={(flow) => onChange({ ...step, flow })}
      />
      <IntegerField
        id={`${idPrefix}-version`}
        label="Version"
        value={step.version}
        min={1}
        placeholder="latest published"
        problem={problemAt(problems, 'version')}
        onChange={(version) => onChange(set(step, 'version', version))}
      />
      <TemplateField
        id={`${idPrefix}-input`}
        label="Input"
        value={step.input}
        json
        sample={sample}
        problem={problemAt(problems, 'input')}
        hint="Becomes the child run's $trigger.body."
        onChange={(input) => onChange(set(step, 'input', input))}
      />
    </>
  );
}

export function RespondStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<RespondStep>) {
  return (
    <>
      <IntegerField
        id={`${idPrefix}-status`}
        label="HTTP status"
        value={step.status}
        min={200}
        max={599}
        placeholder="200"
        problem={problemAt(problems, 'status')}
        onChange={(status) => onChange({ ...step, status: status ?? 200 })}
      />
      <JsonField
        id={`${idPrefix}-headers`}
        label="Headers (JSON)"
        value={step.headers}
        problem={problemAt(problems, 'headers')}
        hint='e.g. { "Content-Type": "application/json" }; values may be "=" expressions.'
        onChange={(headers) => onChange(set(step, 'headers', headers as RespondStep['headers']))}
      />
      <TemplateField
        id={`${idPrefix}-body`}
        label="Body"
        value={step.body}
        json
        sample={sample}
        problem={problemAt(problems, 'body')}
        hint="The answer to a webhook called with ?sync=1."
        onChange={(body) => onChange(set(step, 'body', body))}
      />
    </>
  );
}

export function FailStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<FailStep>) {
  return (
    <>
      <TextField
        id={`${idPrefix}-error`}
        label="Error code"
        value={step.error}
        mono
        problem={problemAt(problems, 'error')}
        hint="Lower-case, e.g. work_order_rejected."
        onChange={(error) => onChange({ ...step, error })}
      />
      <TemplateField
        id={`${idPrefix}-message`}
        label="Message"
        value={step.message}
        sample={sample}
        problem={problemAt(problems, 'message')}
        onChange={(message) => onChange(set(step, 'message', message))}
      />
    </>
  );
}

/** The object with `key` set, or without it when the value is undefined (an empty field is left out). */
function set<T extends object, K extends keyof T>(value: T, key: K, next: T[K] | undefined): T {
  const { [key]: _old, ...rest } = value;
  return (next === undefined ? rest : { ...rest, [key]: next }) as T;
}
