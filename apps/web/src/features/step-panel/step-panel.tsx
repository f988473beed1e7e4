import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { useEffect, useId, useState } from 'react';
import type { ApiSchema } from '../../api/api-client';
import type { SampleScope } from '../expressions/sample-scope';
import { ActionStepFields } from './action-step-fields';
import { ForEachStepFields, IfStepFields, ParallelStepFields, SwitchStepFields } from './block-step-fields';
import { MapStepFields } from './map-step-fields';
import { TextField } from './panel-fields';
import {
  FailStepFields,
  RespondStepFields,
  SubflowStepFields,
  WaitForEventStepFields,
  WaitStepFields,
} from './pause-step-fields';
import { stepIdProblem } from './step-identity';
import { StepOptionsFields } from './step-options-fields';
import { problemAt, type StepProblem } from './step-problems';
import { LastTestRunResult, StepTestSection } from './step-test-section';
import '../../components/action-button.css';
import './side-panel.css';

export interface StepPanelProps {
  step: FlowStep;
  /** the whole draft */
  definition: FlowDefinition;
  flowSlug: string;
  /** this step's problems, path relative to the step ("input.url") */
  problems: StepProblem[];
  /** from the last test run */
  sample: SampleScope;
  /** this step in the last test run */
  testResult?: ApiSchema<'StepProgress'>;
  /** every edit (the page keeps undo history and autosaves) */
  onChange(next: FlowStep): void;
  onDelete(): void;
  onClose(): void;
}

const KIND_LABELS: Record<FlowStep['kind'], string> = {
  action: 'Action',
  map: 'Map fields',
  if: 'If / else',
  switch: 'Switch',
  forEach: 'For each',
  parallel: 'Parallel',
  wait: 'Wait',
  waitForEvent: 'Wait for event',
  subflow: 'Sub-flow',
  respond: 'Respond',
  fail: 'Fail',
};

/** The selected step's settings: identity, its kind's fields, failure handling, a single-step test. */
export function StepPanel(props: StepPanelProps) {
  const { step, definition, flowSlug, problems, sample, testResult, onChange, onDelete, onClose } = props;
  const idPrefix = `step-panel-${useId().replace(/:/g, '')}`;
  const kindLabel = step.kind === 'waitForEvent' && step.approval ? 'Approval' : (KIND_LABELS[step.kind] ?? step.kind);

  return (
    <aside className="side-panel" aria-label="Step settings">
      <div className="side-panel-head">
        <div>
          <h2>{step.name || step.id}</h2>
          <p className="side-panel-sub">{kindLabel}</p>
        </div>
        <button type="button" className="panel-close" aria-label="Close step settings" onClick={onClose}>
          ×
        </button>
      </div>

      {problems.length > 0 && (
        <ul className="panel-problems" role="alert" aria-label="Problems of this step">
          {problems.map((problem, index) => (
            <li key={`${problem.path}-${index}`}>
              {problem.path && <code>{problem.path}</code>} {problem.message}
            </li>
          ))}
        </ul>
      )}

      <StepIdField idPrefix={idPrefix} step={step} definition={definition} problems={problems} onChange={onChange} />
      <TextField
        id={`${idPrefix}-name`}
        label="Name"
        value={step.name ?? ''}
        placeholder={step.id}
        problem={problemAt(problems, 'name')}
        onChange={(name) => {
          const { name: _old, ...rest } = step;
          onChange((name.trim() === '' ? rest : { ...rest, name }) as FlowStep);
        }}
      />

      <KindFields {...props} idPrefix={idPrefix} />

      <StepOptionsFields
        idPrefix={idPrefix}
        step={step}
        definition={definition}
        sample={sample}
        problems={problems}
        onChange={onChange}
      />

      {(step.kind === 'action' || step.kind === 'map') && (
        <StepTestSection idPrefix={idPrefix} flowSlug={flowSlug} definition={definition} step={step} sample={sample} />
      )}
      {testResult && <LastTestRunResult result={testResult} />}

      <div className="panel-actions">
        <button type="button" className="action-button action-button-danger" onClick={onDelete}>
          Delete step
        </button>
      </div>
    </aside>
  );
}

/**
 * The id is what `$steps.<id>` refers to: it is only written to the step
 * while valid and unique, so a half-typed id never breaks the draft.
 */
function StepIdField({
  idPrefix,
  step,
  definition,
  problems,
  onChange,
}: Pick<StepPanelProps, 'step' | 'definition' | 'problems' | 'onChange'> & { idPrefix: string }) {
  const [text, setText] = useState(step.id);
  useEffect(() => setText(step.id), [step.id]);
  const localProblem = stepIdProblem(text, step.id, definition);
  return (
    <TextField
      id={`${idPrefix}-id`}
      label="Step id"
      value={text}
      mono
      problem={localProblem ?? problemAt(problems, 'id')}
      hint={`Other steps read its result as $steps.${step.id}.output.`}
      onChange={(next) => {
        setText(next);
        if (next !== step.id && stepIdProblem(next, step.id, definition) === null) onChange({ ...step, id: next });
      }}
    />
  );
}

function KindFields(props: StepPanelProps & { idPrefix: string }) {
  const { idPrefix, step, definition, sample, problems, onChange } = props;
  const common = { idPrefix, sample, problems };
  switch (step.kind) {
    case 'action':
      return <ActionStepFields {...common} step={step} onChange={onChange} />;
    case 'map':
      return <MapStepFields {...common} step={step} definition={definition} onChange={onChange} />;
    case 'if':
      return <IfStepFields {...common} step={step} onChange={onChange} />;
    case 'switch':
      return <SwitchStepFields {...common} step={step} onChange={onChange} />;
    case 'forEach':
      return <ForEachStepFields {...common} step={step} onChange={onChange} />;
    case 'parallel':
      return <ParallelStepFields {...common} step={step} onChange={onChange} />;
    case 'wait':
      return <WaitStepFields {...common} step={step} onChange={onChange} />;
    case 'waitForEvent':
      return <WaitForEventStepFields {...common} step={step} onChange={onChange} />;
    case 'subflow':
      return <SubflowStepFields {...common} step={step} onChange={onChange} />;
    case 'respond':
      return <RespondStepFields {...common} step={step} onChange={onChange} />;
    case 'fail':
      return <FailStepFields {...common} step={step} onChange={onChange} />;
  }
}
