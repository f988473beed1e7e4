import type { FlowTrigger } from '@tributary/workflows/flow-definition';
import { JsonField, SelectField, TextField } from './panel-fields';
import { problemAt, type StepProblem } from './step-problems';

type ScheduleTrigger = Extract<FlowTrigger, { kind: 'schedule' }>;

/** A Temporal Schedule: cron expressions or a fixed interval, read in a time zone. */
export function ScheduleFields({
  idPrefix,
  trigger,
  problems,
  onChange,
}: {
  idPrefix: string;
  trigger: ScheduleTrigger;
  problems: StepProblem[];
  onChange(next: FlowTrigger): void;
}) {
  const mode = trigger.every !== undefined ? 'every' : 'cron';
  const cronText = Array.isArray(trigger.cron) ? trigger.cron.join('\n') : (trigger.cron ?? '');
  const { cron: _cron, every: _every, ...base } = trigger;
  return (
    <>
      <SelectField
        id={`${idPrefix}-schedule-mode`}
        label="Fires"
        value={mode}
        options={[
          { value: 'cron', label: 'On a cron schedule' },
          { value: 'every', label: 'At a fixed interval' },
        ]}
        onChange={(next) =>
          onChange((next === 'every' ? { ...base, every: '15m' } : { ...base, cron: '0 6 * * *' }) as FlowTrigger)
        }
      />
      {mode === 'cron' ? (
        <CronField
          id={`${idPrefix}-cron`}
          text={cronText}
          problem={problemAt(problems, 'cron')}
          onChange={(lines) => onChange({ ...base, cron: lines.length === 1 ? lines[0]! : lines } as FlowTrigger)}
        />
      ) : (
        <TextField
          id={`${idPrefix}-every`}
          label="Every"
          value={trigger.every ?? ''}
          mono
          problem={problemAt(problems, 'every')}
          hint="e.g. 15m, 1 hour or PT30S (at least one second)."
          onChange={(every) => onChange({ ...base, every } as FlowTrigger)}
        />
      )}
      <div className="panel-grid">
        <TextField
          id={`${idPrefix}-timezone`}
          label="Time zone"
          value={trigger.timezone ?? 'UTC'}
          mono
          problem={problemAt(problems, 'timezone')}
          hint="IANA, e.g. Europe/Berlin."
          onChange={(timezone) => onChange({ ...trigger, timezone })}
        />
        <SelectField
          id={`${idPrefix}-overlap`}
          label="Overlap"
          value={trigger.overlap ?? 'skip'}
          options={[
            { value: 'skip', label: 'Skip while running' },
            { value: 'bufferOne', label: 'Queue one' },
            { value: 'allowAll', label: 'Allow all' },
          ]}
          problem={problemAt(problems, 'overlap')}
          onChange={(overlap) => onChange({ ...trigger, overlap })}
        />
      </div>
      <JsonField
        id={`${idPrefix}-payload`}
        label="Payload (JSON)"
        value={trigger.payload}
        problem={problemAt(problems, 'payload')}
        hint="Constant data every run sees as $trigger.payload."
        onChange={(payload) => {
          const { payload: _old, ...rest } = trigger;
          onChange((payload === undefined ? rest : { ...rest, payload }) as FlowTrigger);
        }}
      />
    </>
  );
}

/** One cron expression per line; the text is kept while typing, the lines are what the trigger stores. */
function CronField({
  id,
  text,
  problem,
  onChange,
}: {
  id: string;
  text: string;
  problem: string | undefined;
  onChange(lines: string[]): void;
}) {
  return (
    <div className="panel-field" data-invalid={problem ? true : undefined}>
      <label htmlFor={id}>Cron</label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-note`}
        onChange={(event) => {
          const lines = event.target.value.split('\n').map((line) => line.trim());
          const filled = lines.filter(Boolean);
          onChange(filled.length > 0 ? filled : ['']);
        }}
      />
      <p className={problem ? 'panel-error' : 'panel-hint'} id={`${id}-note`}>
        {problem ?? 'minute hour day-of-month month day-of-week, e.g. "0 6 * * 1-5" (weekdays 06:00); one per line.'}
      </p>
    </div>
  );
}
