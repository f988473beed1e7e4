import type { MappingRule } from '@tributary/workflows/mappings/field-mapping';
import type { LookupTransform } from '@tributary/workflows/mappings/transforms/lookup.transform';
import { useState } from 'react';
import { ExpressionInput } from '../expressions/expression-input';
import type { SampleScope } from '../expressions/sample-scope';
import { LookupTableEditor } from './lookup-table-editor';
import { isMapped, ruleInputText, ruleLookup } from './mapping-rule-edit';
import { SOURCE_PATH_MIME } from './source-sample-panel';
import type { MappingRow } from './target-fields';

interface MappingTargetRowProps {
  idPrefix: string;
  row: MappingRow;
  rule: MappingRule | undefined;
  /** what the preview put at this target */
  mappedValue: unknown;
  errors: string[];
  scope: SampleScope;
  source: unknown;
  /** a source field selected in the tree, inserted by Enter in the "Map" input */
  selectedPath: string | null;
  onInput(text: string): void;
  onInsertSelected(): void;
  onLookup(next: LookupTransform | null): void;
  onRemove(): void;
}

/**
 * One target field: what fills it (a source path, or an expression after
 * "="), its lookup table, and what the preview put there or why it failed.
 */
export function MappingTargetRow(props: MappingTargetRowProps) {
  const { idPrefix, row, rule, mappedValue, errors, scope, source, selectedPath } = props;
  const [dropActive, setDropActive] = useState(false);
  // an expression row swaps the text input for the expression editor; focus follows when it happens while typing
  const [focusSwap, setFocusSwap] = useState(false);
  const text = ruleInputText(rule);
  const lookup = ruleLookup(rule);
  const inputId = `${idPrefix}-input`;
  const label = `Map ${row.target}`;
  const unmappedRequired = row.field?.required === true && !isMapped(rule);
  const isExpression = text.startsWith('=');
  // the expression field shows its own syntax error and value; the row adds what transforms make of it
  const shownErrors = isExpression
    ? errors.filter((message) => !/^(syntax error|expression failed)/.test(message))
    : errors;
  const showValue = mappedValue !== undefined && (!isExpression || (rule?.transforms?.length ?? 0) > 0);

  return (
    <li
      className={`mapping-row${dropActive ? ' mapping-row-drop' : ''}`}
      data-target={row.target}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(SOURCE_PATH_MIME)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropActive(true);
      }}
      onDragLeave={() => setDropActive(false)}
      onDrop={(event) => {
        const path = event.dataTransfer.getData(SOURCE_PATH_MIME);
        setDropActive(false);
        if (!path) return;
        event.preventDefault();
        props.onInput(path);
      }}
    >
      <div className="mapping-row-head">
        <code className="mapping-row-target">{row.target}</code>
        {row.field?.type && <span className="mapping-row-type">{row.field.type}</span>}
        {unmappedRequired && <span className="mapping-required">required</span>}
        {!row.field && <span className="mapping-row-type">not in the target schema</span>}
      </div>
      {row.field?.description && <p className="mapping-row-description muted">{row.field.description}</p>}
      {isExpression ? (
        <ExpressionInput
          id={inputId}
          label={label}
          value={text}
          scope={scope}
          context={{ value: source }}
          autoFocus={focusSwap}
          onChange={(next) => {
            // emptied: back to a plain path field
            if (next === '=') setFocusSwap(true);
            props.onInput(next === '=' ? '' : next);
          }}
        />
      ) : (
        <div className="mapping-row-input">
          <label htmlFor={inputId}>{label}</label>
          <input
            id={inputId}
            value={text}
            autoFocus={focusSwap}
            placeholder={selectedPath ? `Enter: ${selectedPath}` : 'source path, or =expression'}
            spellCheck={false}
            onChange={(event) => {
              if (event.target.value.startsWith('=')) setFocusSwap(true);
              props.onInput(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && selectedPath) {
                event.preventDefault();
                props.onInsertSelected();
              }
            }}
          />
        </div>
      )}
      {shownErrors.map((message, index) => (
        <p key={index} role="alert" className="mapping-error">
          {message}
        </p>
      ))}
      {shownErrors.length === 0 && showValue && (
        <p className="mapping-row-value">
          <span className="muted">→ </span>
          <code>{preview(mappedValue)}</code>
        </p>
      )}
      {lookup && (
        <LookupTableEditor
          idPrefix={`${idPrefix}-lookup`}
          target={row.target}
          lookup={lookup}
          targetType={row.field?.type}
          onChange={props.onLookup}
          onRemove={() => props.onLookup(null)}
        />
      )}
      <div className="mapping-row-actions">
        {!lookup && (
          <button
            type="button"
            className="action-button action-button-small"
            onClick={() => props.onLookup({ kind: 'lookup', table: {} })}
            aria-label={`Add lookup table for ${row.target}`}
          >
            Add lookup table
          </button>
        )}
        {rule && (
          <button
            type="button"
            className="action-button action-button-small action-button-danger"
            onClick={props.onRemove}
            aria-label={`Remove mapping for ${row.target}`}
          >
            Remove mapping
          </button>
        )}
      </div>
    </li>
  );
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
