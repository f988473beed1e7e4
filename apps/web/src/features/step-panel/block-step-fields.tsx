import type { ForEachStep, IfStep, ParallelStep, SwitchStep } from '@tributary/workflows/flow-definition';
import { ExpressionInput } from '../expressions/expression-input';
import { IntegerField, JsonField, SelectField, TemplateField, TextField } from './panel-fields';
import type { StepFieldsProps } from './step-fields-props';
import { problemAt } from './step-problems';

/**
 * The settings of the block steps (if, switch, forEach, parallel). Their
 * nested steps are edited on the canvas; the panel edits what decides which
 * block runs and how.
 */

export function IfStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<IfStep>) {
  return (
    <>
      <ExpressionInput
        id={`${idPrefix}-condition`}
        label="Condition"
        value={asExpression(step.condition)}
        onChange={(condition) => onChange({ ...step, condition })}
        scope={sample}
        problem={problemAt(problems, 'condition')}
      />
      <p className="panel-hint">
        True runs the "then" block, false the {step.else ? '"else" block' : 'next step (there is no else block)'}.
      </p>
    </>
  );
}

export function SwitchStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<SwitchStep>) {
  return (
    <>
      <ExpressionInput
        id={`${idPrefix}-value`}
        label="Value"
        value={asExpression(step.value)}
        onChange={(value) => onChange({ ...step, value })}
        scope={sample}
        problem={problemAt(problems, 'value')}
      />
      <fieldset>
        <legend>Cases</legend>
        <p className="panel-hint">
          A case runs when the value equals its JSON value, or one of a JSON list; otherwise{' '}
          {step.default ? 'the default block runs' : 'nothing runs'}.
        </p>
        {step.cases.map((entry, index) => (
          <div key={index}>
            <JsonField
              id={`${idPrefix}-case-${index}`}
              label={`Case ${index + 1} matches`}
              value={entry.when}
              rows={1}
              problem={problemAt(problems, `cases[${index}].when`)}
              onChange={(when) =>
                onChange({
                  ...step,
                  cases: step.cases.map((current, at) => (at === index ? { ...current, when: when ?? null } : current)),
                })
              }
            />
            {step.cases.length > 1 && (
              <button
                type="button"
                className="action-button action-button-small action-button-danger"
                onClick={() => onChange({ ...step, cases: step.cases.filter((_case, at) => at !== index) })}
              >
                Remove case {index + 1}
              </button>
            )}
          </div>
        ))}
        <div className="panel-actions">
          <button
            type="button"
            className="action-button action-button-small"
            // a new case gets its own branch on the canvas, empty until steps are added there
            onClick={() =>
              onChange({ ...step, cases: [...step.cases, { when: `case ${step.cases.length + 1}`, steps: [] }] })
            }
          >
            Add case
          </button>
          {step.default ? (
            <button
              type="button"
              className="action-button action-button-small action-button-danger"
              onClick={() => {
                const { default: _removed, ...rest } = step;
                onChange(rest);
              }}
            >
              Remove default branch
            </button>
          ) : (
            <button
              type="button"
              className="action-button action-button-small"
              onClick={() => onChange({ ...step, default: [] })}
            >
              Add default branch
            </button>
          )}
        </div>
      </fieldset>
    </>
  );
}

export function ForEachStepFields({ idPrefix, step, sample, problems, onChange }: StepFieldsProps<ForEachStep>) {
  return (
    <>
      <ExpressionInput
        id={`${idPrefix}-items`}
        label="Items"
        value={asExpression(step.items)}
        onChange={(items) => onChange({ ...step, items })}
        scope={sample}
        problem={problemAt(problems, 'items')}
      />
      <p className="panel-hint">A list; inside the loop, $item is the element and $index its position.</p>
      <div className="panel-grid">
        <IntegerField
          id={`${idPrefix}-concurrency`}
          label="Concurrency"
          value={step.concurrency}
          min={1}
          max={200}
          placeholder="1"
          problem={problemAt(problems, 'concurrency')}
          onChange={(concurrency) => onChange({ ...step, concurrency: concurrency ?? 1 })}
        />
        <IntegerField
          id={`${idPrefix}-batch`}
          label="Batch size"
          value={step.batchSize}
          min={10}
          max={2000}
          placeholder="250"
          problem={problemAt(problems, 'batchSize')}
          onChange={(batchSize) => onChange({ ...step, batchSize: batchSize ?? 250 })}
        />
      </div>
      <TemplateField
        id={`${idPrefix}-collect`}
        label="Collect"
        value={step.collect}
        json
        sample={{ ...sample, item: sample.item ?? null, index: sample.index ?? 0 }}
        problem={problemAt(problems, 'collect')}
        hint="What each iteration adds to the output list; empty = the body's last output."
        onChange={(collect) => {
          const { collect: _old, ...rest } = step;
          onChange(collect === undefined ? rest : { ...rest, collect });
        }}
      />
    </>
  );
}

type WaitMode = 'all' | 'first' | 'atLeast';

export function ParallelStepFields({ idPrefix, step, problems, onChange }: StepFieldsProps<ParallelStep>) {
  const mode: WaitMode = typeof step.wait === 'object' ? 'atLeast' : step.wait;
  return (
    <>
      <fieldset>
        <legend>Branches</legend>
        {step.branches.map((branch, index) => (
          <TextField
            key={index}
            id={`${idPrefix}-branch-${index}`}
            label={`Branch ${index + 1} name`}
            value={branch.name}
            mono
            problem={problemAt(problems, `branches[${index}].name`)}
            onChange={(name) =>
              onChange({
                ...step,
                branches: step.branches.map((current, at) => (at === index ? { ...current, name } : current)),
              })
            }
          />
        ))}
      </fieldset>
      <SelectField
        id={`${idPrefix}-wait`}
        label="Wait for"
        value={mode}
        options={[
          { value: 'all', label: 'All branches' },
          { value: 'first', label: 'The first branch to finish' },
          { value: 'atLeast', label: 'At least some branches' },
        ]}
        problem={problemAt(problems, 'wait')}
        hint="Branches still running when the wait is over are cancelled."
        onChange={(next) =>
          onChange({ ...step, wait: next === 'atLeast' ? { atLeast: Math.min(2, step.branches.length) } : next })
        }
      />
      {typeof step.wait === 'object' && (
        <IntegerField
          id={`${idPrefix}-at-least`}
          label="Branches to wait for"
          value={step.wait.atLeast}
          min={1}
          max={step.branches.length}
          problem={problemAt(problems, 'wait.atLeast')}
          onChange={(atLeast) => onChange({ ...step, wait: { atLeast: atLeast ?? 1 } })}
        />
      )}
    </>
  );
}

/** Expression fields store "=…"; the format also accepts one without the marker, shown with it. */
function asExpression(value: string): string {
  return value.startsWith('=') ? value : `=${value}`;
}
