import { parseDuration } from '@tributary/workflows/definition/duration';
import { useEffect, useState, type ReactNode } from 'react';
import { formatDuration } from '../../components/format-time';
import { findJsonSyntaxError } from '../field-mapping/json-syntax-error';
import { ExpressionInput, type SampleScope } from '../expressions/expression-input';

/**
 * The side panels' form controls: a label, the control, a hint or the
 * validation problem under it (tied with aria-describedby), nothing more.
 */

interface FieldFrameProps {
  id: string;
  label: string;
  problem?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
  /** the control labels itself (ExpressionInput) */
  selfLabelled?: boolean;
  action?: ReactNode;
}

export function PanelField({ id, label, problem, hint, children, selfLabelled = false, action }: FieldFrameProps) {
  return (
    <div className="panel-field" data-invalid={problem ? true : undefined}>
      {!selfLabelled && (
        <div className="panel-actions">
          <label htmlFor={id}>{label}</label>
          {action}
        </div>
      )}
      {selfLabelled && action}
      {children}
      {problem ? (
        <p className="panel-error" id={`${id}-note`}>
          {problem}
        </p>
      ) : hint ? (
        <p className="panel-hint" id={`${id}-note`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange(next: string): void;
  problem?: string | undefined;
  hint?: ReactNode;
  placeholder?: string;
  mono?: boolean;
}) {
  const { id, label, value, onChange, problem, hint, placeholder, mono } = props;
  return (
    <PanelField id={id} label={label} problem={problem} hint={hint}>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        className={mono ? 'mono' : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </PanelField>
  );
}

/** An integer field; emptied, it gives undefined (the setting is left out). */
export function IntegerField(props: {
  id: string;
  label: string;
  value: number | undefined;
  onChange(next: number | undefined): void;
  problem?: string | undefined;
  hint?: ReactNode;
  min?: number;
  max?: number;
  placeholder?: string;
}) {
  const { id, label, value, onChange, problem, hint, min, max, placeholder } = props;
  return (
    <PanelField id={id} label={label} problem={problem} hint={hint}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        step={1}
        min={min}
        max={max}
        placeholder={placeholder}
        value={value ?? ''}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(event) => {
          const text = event.target.value;
          onChange(text === '' || !Number.isFinite(Number(text)) ? undefined : Math.trunc(Number(text)));
        }}
      />
    </PanelField>
  );
}

export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(next: T): void;
  problem?: string | undefined;
  hint?: ReactNode;
}) {
  const { id, label, value, options, onChange, problem, hint } = props;
  return (
    <PanelField id={id} label={label} problem={problem} hint={hint}>
      <select
        id={id}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </PanelField>
  );
}

/** "30m", "2 hours", "PT1H30M": shows what the text means, or that it is not a duration. */
export function DurationField(props: {
  id: string;
  label: string;
  value: string | undefined;
  onChange(next: string | undefined): void;
  problem?: string | undefined;
  optionalHint?: string;
}) {
  const { id, label, value, onChange, problem, optionalHint } = props;
  const text = value ?? '';
  const ms = text.trim() === '' ? null : parseDuration(text);
  const hint =
    text.trim() === ''
      ? (optionalHint ?? 'e.g. 30m, 2 hours, P1D or PT1H30M')
      : ms === null
        ? undefined
        : `${formatDuration(ms)}`;
  const localProblem = text.trim() !== '' && ms === null ? 'Not a duration: try 30m, 2 hours or PT1H30M.' : undefined;
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      onChange={(next) => onChange(next.trim() === '' ? undefined : next)}
      problem={problem ?? localProblem}
      hint={hint}
      mono
    />
  );
}

/**
 * Any JSON value typed as text. The value is only emitted while the text is
 * valid JSON, so a half-typed object never reaches the draft; emptied, it
 * emits undefined. The text follows outside changes (undo) when they differ.
 */
export function JsonField(props: {
  id: string;
  label: string;
  value: unknown;
  onChange(next: unknown): void;
  problem?: string | undefined;
  hint?: ReactNode;
  rows?: number;
}) {
  const { id, label, value, onChange, problem, hint, rows = 4 } = props;
  const [text, setText] = useState(() => jsonText(value));
  const [syntax, setSyntax] = useState<string | undefined>(undefined);
  useEffect(() => {
    setText((current) => (sameJson(current, value) ? current : jsonText(value)));
  }, [value]);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setSyntax(undefined);
      onChange(undefined);
      return;
    }
    const error = findJsonSyntaxError(next);
    if (error) setSyntax(`Not valid JSON at line ${error.line}, column ${error.column}: ${error.message}`);
    else {
      setSyntax(undefined);
      onChange(JSON.parse(next) as unknown);
    }
  };
  const shown = syntax ?? problem;
  return (
    <PanelField id={id} label={label} problem={shown} hint={hint}>
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown || hint ? `${id}-note` : undefined}
        onChange={(event) => change(event.target.value)}
      />
    </PanelField>
  );
}

/**
 * A template field: a fixed value, or an expression ("=…") edited with
 * syntax help and a live preview against the sample. `json` fields take any
 * JSON as their fixed value (whose strings may hold expressions too).
 */
export function TemplateField(props: {
  id: string;
  label: string;
  value: unknown;
  onChange(next: unknown): void;
  sample: SampleScope;
  problem?: string | undefined;
  hint?: ReactNode;
  json?: boolean;
  multiline?: boolean;
}) {
  const { id, label, value, onChange, sample, problem, hint, json = false, multiline = false } = props;
  const expression = typeof value === 'string' && value.startsWith('=');
  const toggle = (
    <button
      type="button"
      className="action-button action-button-small panel-toggle"
      aria-label={expression ? `Use fixed value for ${label}` : `Use expression for ${label}`}
      aria-pressed={expression}
      onClick={() => onChange(expression ? fixedFrom(value, json) : expressionFrom(value))}
    >
      {expression ? 'Fixed' : '= Expression'}
    </button>
  );
  if (expression) {
    return (
      <PanelField id={id} label={label} selfLabelled action={toggle} hint={hint}>
        <ExpressionInput
          id={id}
          label={`${label} expression`}
          value={value}
          onChange={onChange}
          scope={sample}
          problem={problem}
          multiline={multiline}
        />
      </PanelField>
    );
  }
  if (json) {
    return (
      <div className="panel-field">
        {toggle}
        <JsonField id={id} label={label} value={value} onChange={onChange} problem={problem} hint={hint} />
      </div>
    );
  }
  return (
    <div className="panel-field">
      {toggle}
      <TextField
        id={id}
        label={label}
        value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
        onChange={(next) => onChange(next === '' ? undefined : next)}
        problem={problem}
        hint={hint}
      />
    </div>
  );
}

/** An expression that gives the fixed value it replaces, so switching keeps the meaning. */
function expressionFrom(value: unknown): string {
  if (value === undefined || value === '') return '=';
  return `=${JSON.stringify(value)}`;
}

function fixedFrom(value: string, json: boolean): unknown {
  const source = value.slice(1).trim();
  if (source === '') return undefined;
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return json ? undefined : source;
  }
}

function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

function sameJson(text: string, value: unknown): boolean {
  if (text.trim() === '') return value === undefined;
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    // a half-typed text stays while the value is unchanged from outside
    return true;
  }
}
