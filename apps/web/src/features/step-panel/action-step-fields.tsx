import type { ActionStep, Compensation } from '@tributary/workflows/flow-definition';
import { useMemo } from 'react';
import { ErrorBanner } from '../../components/error-banner';
import { SchemaForm, type JsonSchema } from '../../components/schema-form/schema-form';
import type { SampleScope } from '../expressions/expression-input';
import { ConnectionSelect } from './connection-select';
import { expressionRenderer } from './expression-renderer';
import { SelectField } from './panel-fields';
import { problemAt, problemsUnder, type StepProblem } from './step-problems';
import { useConnector, type Connector } from './use-connector-data';

interface ActionStepFieldsProps {
  idPrefix: string;
  step: ActionStep;
  sample: SampleScope;
  problems: StepProblem[];
  onChange(next: ActionStep): void;
}

/**
 * An action step: which connector action, with which connection, and its
 * input as the action's own form (from the connector manifest), each field
 * fixed or an expression over the run's data.
 */
export function ActionStepFields({ idPrefix, step, sample, problems, onChange }: ActionStepFieldsProps) {
  const connector = useConnector(step.connector);
  const action = connector.data?.manifest.actions[step.action];
  const renderExpression = useMemo(() => expressionRenderer(sample), [sample]);

  return (
    <>
      <p className="side-panel-sub">
        {connector.data ? connector.data.displayName : step.connector}:{' '}
        <strong>{action ? action.displayName : step.action}</strong>
        {step.connectorVersion ? ` (version ${step.connectorVersion})` : ''}
      </p>
      {action?.description && <p className="panel-hint">{action.description}</p>}
      <ConnectionSelect
        id={`${idPrefix}-connection`}
        connector={step.connector}
        value={step.connection}
        problem={problemAt(problems, 'connection')}
        onChange={(connection) => onChange(withOptional(step, 'connection', connection))}
      />
      <section aria-label="Action input">
        <h3>Input</h3>
        {connector.error && <ErrorBanner error={connector.error} />}
        {connector.isPending && <p className="panel-hint">Loading the {step.connector} connector…</p>}
        {connector.data && !action && (
          <p className="panel-error">
            The {connector.data.displayName} connector has no action "{step.action}". Delete this step and add the
            action you need from the palette.
          </p>
        )}
        {action && (
          <SchemaForm
            schema={action.input as JsonSchema}
            value={step.input ?? {}}
            onChange={(input) => onChange({ ...step, input })}
            idPrefix={`${idPrefix}-input`}
            errors={problemsUnder(problems, 'input')}
            renderExpression={renderExpression}
          />
        )}
      </section>
      {connector.data && (
        <CompensationFields
          idPrefix={`${idPrefix}-compensation`}
          step={step}
          connector={connector.data}
          sample={sample}
          problems={problems}
          onChange={onChange}
        />
      )}
    </>
  );
}

/** The saga undo: another action of the same connector, run when a later step fails. */
function CompensationFields({
  idPrefix,
  step,
  connector,
  sample,
  problems,
  onChange,
}: {
  idPrefix: string;
  step: ActionStep;
  connector: Connector;
  sample: SampleScope;
  problems: StepProblem[];
  onChange(next: ActionStep): void;
}) {
  const compensation = step.compensation;
  const renderExpression = useMemo(() => expressionRenderer(sample), [sample]);
  const actions = Object.entries(connector.manifest.actions).map(([name, action]) => ({
    value: name,
    label: action.displayName,
  }));
  const sameConnector = !compensation?.connector || compensation.connector === step.connector;
  const undoAction = sameConnector && compensation ? connector.manifest.actions[compensation.action] : undefined;
  const set = (next: Compensation | undefined) => onChange(withOptional(step, 'compensation', next));

  return (
    <section aria-label="Compensation">
      <h3>Compensation</h3>
      <SelectField
        id={`${idPrefix}-action`}
        label="Undo with action"
        value={compensation?.action ?? ''}
        options={[{ value: '', label: 'No compensation' }, ...actions]}
        problem={problemAt(problems, 'compensation.action')}
        hint="Runs when a later step fails, with this step's output as $steps.<id>.output."
        onChange={(action) =>
          set(action === '' ? undefined : { ...compensation, action, input: compensation?.input ?? {} })
        }
      />
      {compensation && !sameConnector && (
        <p className="panel-hint">
          Undone with {compensation.connector}: {compensation.action} (edit it in the flow file).
        </p>
      )}
      {compensation && undoAction && (
        <SchemaForm
          schema={undoAction.input as JsonSchema}
          value={compensation.input ?? {}}
          onChange={(input) => set({ ...compensation, input })}
          idPrefix={`${idPrefix}-input`}
          errors={problemsUnder(problems, 'compensation.input')}
          renderExpression={renderExpression}
        />
      )}
    </section>
  );
}

function withOptional<T extends object, K extends keyof T>(value: T, key: K, next: T[K] | undefined): T {
  const { [key]: _old, ...rest } = value;
  return (next === undefined ? rest : { ...rest, [key]: next }) as T;
}
