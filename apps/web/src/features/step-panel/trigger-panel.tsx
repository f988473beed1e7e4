import type { FlowTrigger } from '@tributary/workflows/flow-definition';
import { useId } from 'react';
import { ConnectionSelect } from './connection-select';
import { IntegerField, JsonField, SelectField, TextField } from './panel-fields';
import { ScheduleFields } from './schedule-trigger-fields';
import { problemAt, type StepProblem } from './step-problems';
import { minimalTrigger, TRIGGER_KINDS, type TriggerKind } from './trigger-edit';
import { WebhookAuthFields, WebhookUrl } from './webhook-trigger-fields';
import '../../components/action-button.css';
import './side-panel.css';

export interface TriggerPanelProps {
  trigger: FlowTrigger;
  flowSlug: string;
  publishedWebhookPath: string | null;
  problems: StepProblem[];
  onChange(next: FlowTrigger): void;
  onClose(): void;
}

/** What starts the flow: its kind and that kind's settings (flow-trigger.ts). */
export function TriggerPanel({
  trigger,
  flowSlug,
  publishedWebhookPath,
  problems,
  onChange,
  onClose,
}: TriggerPanelProps) {
  const idPrefix = `trigger-panel-${useId().replace(/:/g, '')}`;
  return (
    <aside className="side-panel" aria-label="Trigger settings">
      <div className="side-panel-head">
        <div>
          <h2>Trigger</h2>
          <p className="side-panel-sub">What starts a run of this flow.</p>
        </div>
        <button type="button" className="panel-close" aria-label="Close trigger settings" onClick={onClose}>
          ×
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="panel-problems" role="alert" aria-label="Problems of the trigger">
          {problems.map((problem, index) => (
            <li key={`${problem.path}-${index}`}>
              {problem.path && <code>{problem.path}</code>} {problem.message}
            </li>
          ))}
        </ul>
      )}
      <SelectField
        id={`${idPrefix}-kind`}
        label="Trigger kind"
        value={trigger.kind}
        options={TRIGGER_KINDS}
        problem={problemAt(problems, 'kind')}
        onChange={(kind: TriggerKind) => {
          if (kind !== trigger.kind) onChange(minimalTrigger(kind, flowSlug));
        }}
      />
      {publishedWebhookPath && (
        <WebhookUrl path={publishedWebhookPath} draftPath={trigger.kind === 'webhook' ? trigger.path : null} />
      )}
      <TriggerKindFields idPrefix={idPrefix} trigger={trigger} problems={problems} onChange={onChange} />
    </aside>
  );
}

function TriggerKindFields({
  idPrefix,
  trigger,
  problems,
  onChange,
}: Pick<TriggerPanelProps, 'trigger' | 'problems' | 'onChange'> & { idPrefix: string }) {
  switch (trigger.kind) {
    case 'manual':
      return (
        <p className="panel-hint">
          Started by hand (the Runs API or a sub-flow step) with any JSON as <code>$trigger</code>.
        </p>
      );
    case 'webhook':
      return (
        <>
          <TextField
            id={`${idPrefix}-path`}
            label="Path"
            value={trigger.path}
            mono
            problem={problemAt(problems, 'path')}
            hint="Lower-case letters, digits, -, _ and /; the URL is /hooks/<path>."
            onChange={(path) => onChange({ ...trigger, path })}
          />
          <WebhookAuthFields
            idPrefix={idPrefix}
            auth={trigger.auth}
            problems={problems}
            onChange={(auth) => {
              const { auth: _old, ...rest } = trigger;
              onChange(auth ? { ...rest, auth } : rest);
            }}
          />
        </>
      );
    case 'schedule':
      return <ScheduleFields idPrefix={idPrefix} trigger={trigger} problems={problems} onChange={onChange} />;
    case 'poll':
    case 'subscription':
      return (
        <>
          <div className="panel-grid">
            <TextField
              id={`${idPrefix}-connector`}
              label="Connector"
              value={trigger.connector}
              mono
              placeholder="postgres"
              problem={problemAt(problems, 'connector')}
              onChange={(connector) => onChange({ ...trigger, connector })}
            />
            <TextField
              id={`${idPrefix}-trigger`}
              label="Connector trigger"
              value={trigger.trigger}
              mono
              placeholder={trigger.kind === 'poll' ? 'newRows' : 'message'}
              problem={problemAt(problems, 'trigger')}
              onChange={(name) => onChange({ ...trigger, trigger: name })}
            />
          </div>
          {trigger.connector && (
            <ConnectionSelect
              id={`${idPrefix}-connection`}
              connector={trigger.connector}
              value={trigger.connection}
              problem={problemAt(problems, 'connection')}
              onChange={(connection) => {
                const { connection: _old, ...rest } = trigger;
                onChange(connection ? { ...rest, connection } : rest);
              }}
            />
          )}
          <JsonField
            id={`${idPrefix}-input`}
            label="Trigger settings (JSON)"
            value={trigger.input}
            rows={5}
            problem={problemAt(problems, 'input')}
            hint="The connector trigger's configuration, e.g. the table or topic; checked when the worker starts it."
            onChange={(input) => onChange({ ...trigger, input: isRecord(input) ? input : {} })}
          />
          {trigger.kind === 'poll' && (
            <IntegerField
              id={`${idPrefix}-interval`}
              label="Poll every (seconds)"
              value={trigger.intervalSeconds}
              min={1}
              max={86400}
              placeholder="60"
              problem={problemAt(problems, 'intervalSeconds')}
              onChange={(intervalSeconds) => onChange({ ...trigger, intervalSeconds: intervalSeconds ?? 60 })}
            />
          )}
        </>
      );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
