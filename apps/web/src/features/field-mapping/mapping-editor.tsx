import { scopeBindings } from '@tributary/workflows/expressions/expression-value';
import type { FieldMappingDefinition } from '@tributary/workflows/mappings/field-mapping';
import { parseMappingPath, pathSegments, readPath } from '@tributary/workflows/mappings/mapping-path';
import { useId, useMemo, useState } from 'react';
import { toExpressionScope, type SampleScope } from '../expressions/sample-scope';
import { addTarget, removeRule, setRuleInput, setRuleLookup } from './mapping-rule-edit';
import { MappingTargetRow } from './mapping-target-row';
import { SourceSamplePanel } from './source-sample-panel';
import { listTargetFields, mappingRows, type JsonSchema } from './target-fields';
import { useMappingPreview } from './use-mapping-preview';
import './mapping-editor.css';

export type { JsonSchema } from './target-fields';

export interface MappingEditorProps {
  value: FieldMappingDefinition;
  onChange(next: FieldMappingDefinition): void;
  /** the sample source record (e.g. the trigger's body), editable via paste */
  source: unknown;
  onSourceChange?(next: unknown): void;
  /** e.g. the next action's input schema */
  targetSchema?: JsonSchema;
  scope: SampleScope;
}

/**
 * The field mapping editor: a source sample and its fields on the left, the
 * target fields on the right, each filled by a source path, an expression or
 * a lookup table, and the mapped output as the engine computes it.
 */
export function MappingEditor({ value, onChange, source, onSourceChange, targetSchema, scope }: MappingEditorProps) {
  const idPrefix = useId().replace(/:/g, '');
  // without an owner for the sample, a pasted one lives here
  const [ownSource, setOwnSource] = useState<unknown>(source);
  const sample = onSourceChange ? source : ownSource;
  const changeSource = onSourceChange ?? setOwnSource;
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const [newTarget, setNewTarget] = useState('');
  const [newTargetProblem, setNewTargetProblem] = useState<string | null>(null);

  const schema = (value.targetSchema as JsonSchema | undefined) ?? targetSchema;
  const fields = useMemo(() => listTargetFields(schema), [schema]);
  const rows = mappingRows(fields, value.rules);
  const bindings = useMemo(() => scopeBindings(toExpressionScope(scope)), [scope]);
  const preview = useMappingPreview(value, sample, targetSchema, bindings);

  const setRules = (rules: FieldMappingDefinition['rules']) => onChange({ ...value, rules });
  const rowTargets = new Set(rows.map((row) => row.target));
  const generalErrors = (preview?.errors ?? []).filter((error) => !rowTargets.has(error.target));

  const addField = () => {
    const target = newTarget.trim();
    const parsed = parseMappingPath(target);
    if (!parsed.ok) return setNewTargetProblem(target === '' ? 'Type the target field path first.' : parsed.message);
    if (rowTargets.has(target)) return setNewTargetProblem(`"${target}" is already listed.`);
    setNewTargetProblem(null);
    setNewTarget('');
    setRules(addTarget(value.rules, target));
  };

  return (
    <section className="mapping-editor" aria-label="Field mapping">
      <SourceSamplePanel
        idPrefix={idPrefix}
        source={sample}
        onSourceChange={changeSource}
        selectedPath={selectedPath}
        onSelectPath={setSelectedPath}
      />
      <div className="mapping-targets">
        <h4 className="mapping-heading">Target fields</h4>
        {rows.length === 0 && (
          <p className="muted">
            No target fields yet. The next step&apos;s input schema lists them when it has one; otherwise add the fields
            to produce below.
          </p>
        )}
        <ul className="mapping-rows">
          {rows.map((row, index) => (
            <MappingTargetRow
              key={row.target}
              idPrefix={`${idPrefix}-row-${index}`}
              row={row}
              rule={row.ruleIndex === undefined ? undefined : value.rules[row.ruleIndex]}
              mappedValue={preview?.output ? mappedValueAt(preview.output, row.target) : undefined}
              errors={(preview?.errors ?? [])
                .filter((error) => error.target === row.target)
                .map((error) => error.message)}
              scope={scope}
              source={sample}
              selectedPath={selectedPath}
              onInput={(text) => setRules(setRuleInput(value.rules, row.target, text))}
              onInsertSelected={() => {
                if (selectedPath) setRules(setRuleInput(value.rules, row.target, selectedPath));
                setSelectedPath(null);
              }}
              onLookup={(lookup) => setRules(setRuleLookup(value.rules, row.target, lookup))}
              onRemove={() => setRules(removeRule(value.rules, row.target))}
            />
          ))}
        </ul>
        <div className="mapping-add-field">
          <label htmlFor={`${idPrefix}-new-target`}>Target field</label>
          <input
            id={`${idPrefix}-new-target`}
            value={newTarget}
            placeholder="e.g. workOrder.externalRef"
            aria-invalid={newTargetProblem !== null}
            aria-describedby={newTargetProblem ? `${idPrefix}-new-target-problem` : undefined}
            onChange={(event) => setNewTarget(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addField();
              }
            }}
          />
          <button type="button" className="action-button action-button-small" onClick={addField}>
            Add field
          </button>
          {newTargetProblem && (
            <p id={`${idPrefix}-new-target-problem`} role="alert" className="mapping-error">
              {newTargetProblem}
            </p>
          )}
        </div>
      </div>
      <section className="mapping-preview" aria-label="Mapped output preview">
        <h4 className="mapping-heading">Mapped output preview</h4>
        {generalErrors.map((error, index) => (
          <p key={index} role="alert" className="mapping-error">
            {error.target ? <code>{error.target}</code> : null} {error.message}
          </p>
        ))}
        {preview === null ? (
          <p className="muted">Computing…</p>
        ) : preview.output === null ? (
          <p className="muted">Map a field to see the output for the sample.</p>
        ) : (
          <pre className="json">{JSON.stringify(preview.output, null, 2)}</pre>
        )}
        {preview && preview.errors.length > 0 && (
          <p className="mapping-error">
            {preview.errors.length === 1 ? '1 field has a problem' : `${preview.errors.length} fields have problems`}: a
            run with this sample would fail the step.
          </p>
        )}
      </section>
    </section>
  );
}

function mappedValueAt(output: Record<string, unknown>, target: string): unknown {
  try {
    return readPath(output, pathSegments(target));
  } catch {
    return undefined;
  }
}
