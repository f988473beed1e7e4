import { useRef, useState } from 'react';
import { ExpressionToggle } from './expression-toggle';
import { FieldNotes } from './field-frame';
import { FieldsetHead } from './fieldset-head';
import { childPath, expressionFromFixed, fieldId, isExpression } from './field-value';
import { fieldDescription, isSchema, isSecret, type JsonSchema } from './json-schema';
import { duplicateKeys, recordFromRows, rowsFromRecord, rowsMatchRecord, type RecordRow } from './record-rows';
import { ScalarControl } from './scalar-control';
import type { SchemaFieldProps } from './schema-field';
import { useSchemaFormSettings } from './schema-form-context';
import { widgetFor, type Widget } from './schema-widget';

interface RecordFieldProps extends SchemaFieldProps {
  expression?: { active: boolean; onToggle(): void };
}

type Row = RecordRow & { id: number };

/** A record of free names (`additionalProperties`, e.g. HTTP headers): name/value rows. */
export function RecordField({ schema, value, onChange, path, label, required, expression }: RecordFieldProps) {
  const { idPrefix, errors, disabled, renderExpression } = useSchemaFormSettings();
  const id = fieldId(idPrefix, path);
  const nextId = useRef(0);
  const toRows = (record: unknown): Row[] => rowsFromRecord(record).map((row) => ({ ...row, id: nextId.current++ }));
  const [rows, setRows] = useState<Row[]>(() => toRows(value));
  if (!rowsMatchRecord(rows, value)) {
    // the value changed from outside (undo, a reset): start over from it
    setRows(toRows(value));
  }
  const valueSchema: JsonSchema = isSchema(schema.additionalProperties) ? schema.additionalProperties : {};
  const valueWidget = scalarWidget(valueSchema);
  const secret = isSecret(valueSchema);
  const duplicates = duplicateKeys(rows);

  const update = (next: Row[]) => {
    setRows(next);
    const record = recordFromRows(next);
    onChange(Object.keys(record).length === 0 && !required ? undefined : record);
  };
  const edit = (rowId: number, change: Partial<RecordRow>) =>
    update(rows.map((row) => (row.id === rowId ? { ...row, ...change } : row)));

  return (
    <fieldset className="sf-fieldset sf-record" id={id}>
      <FieldsetHead label={label} required={required} expression={expression} />
      <FieldNotes id={id} description={fieldDescription(schema)} error={errors[path]} />
      {rows.length === 0 && <p className="sf-empty">No entries.</p>}
      <ul className="sf-items">
        {rows.map((row, index) => {
          const rowLabel = `${label} value ${index + 1}`;
          const valueId = `${id}-value-${row.id}`;
          const valueExpression = renderExpression !== undefined && !secret && isExpression(row.value);
          const valueError = row.key ? errors[childPath(path, row.key)] : undefined;
          return (
            <li key={row.id} className="sf-record-row">
              <input
                className="sf-input sf-record-key"
                aria-label={`${label} name ${index + 1}`}
                placeholder="Name"
                value={row.key}
                disabled={disabled}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={duplicates.has(index) || undefined}
                onChange={(event) => edit(row.id, { key: event.target.value })}
              />
              <div className="sf-record-value">
                {valueExpression && renderExpression ? (
                  renderExpression({
                    path: childPath(path, row.key || String(index)),
                    label: rowLabel,
                    value: row.value as string,
                    onChange: (next) => edit(row.id, { value: next }),
                    id: valueId,
                  })
                ) : (
                  <ScalarControl
                    widget={valueWidget}
                    id={valueId}
                    value={row.value}
                    onChange={(next) => edit(row.id, { value: next ?? '' })}
                    required={false}
                    disabled={disabled}
                    ariaLabel={rowLabel}
                    invalid={valueError !== undefined}
                  />
                )}
                {duplicates.has(index) && (
                  <p className="sf-error">This name is already used above; this row is ignored.</p>
                )}
                {valueError && <p className="sf-error">{valueError}</p>}
              </div>
              {renderExpression && !secret && (
                <ExpressionToggle
                  label={rowLabel}
                  active={valueExpression}
                  onToggle={() => edit(row.id, { value: valueExpression ? '' : expressionFromFixed(row.value) })}
                />
              )}
              <button
                type="button"
                className="sf-small-button"
                aria-label={`Remove ${label} entry ${index + 1}`}
                disabled={disabled}
                onClick={() => update(rows.filter((current) => current.id !== row.id))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="sf-small-button"
        aria-label={`Add ${label} entry`}
        disabled={disabled}
        onClick={() => update([...rows, { id: nextId.current++, key: '', value: '' }])}
      >
        + Add entry
      </button>
    </fieldset>
  );
}

/** Record values are edited inline, so anything not scalar is typed as JSON. */
function scalarWidget(schema: JsonSchema): Widget {
  const widget = widgetFor(schema);
  return ['object', 'variants', 'array', 'record', 'none'].includes(widget.kind) ? { kind: 'json', schema } : widget;
}
