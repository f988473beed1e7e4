import { useState } from 'react';
import { isoFromLocalInput, jsonText, localInputFromIso, numberFromText, parseJsonText } from './field-value';
import { defaultPlaceholder, schemaTypes } from './json-schema';
import { isMultilineText, selectOptions, textInputType, type Widget } from './schema-widget';

export interface ScalarControlProps {
  widget: Widget;
  id: string;
  value: unknown;
  onChange(next: unknown): void;
  required: boolean;
  disabled: boolean;
  /** the accessible name when no visible <label htmlFor> names the control (array items, record values) */
  ariaLabel?: string;
  describedBy?: string;
  invalid: boolean;
}

/** The input element of a one-value field: text, secret, number, checkbox, select or free JSON. */
export function ScalarControl(props: ScalarControlProps) {
  switch (props.widget.kind) {
    case 'secret':
      return <SecretControl {...props} />;
    case 'number':
      return <NumberControl {...props} />;
    case 'boolean':
      return <BooleanControl {...props} />;
    case 'select':
      return <SelectControl {...props} />;
    case 'json':
      return <JsonControl {...props} />;
    default:
      return <TextControl {...props} />;
  }
}

function commonProps({ id, required, disabled, ariaLabel, describedBy, invalid }: ScalarControlProps) {
  return {
    id,
    disabled,
    'aria-required': required || undefined,
    'aria-label': ariaLabel,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
  };
}

function TextControl(props: ScalarControlProps) {
  const { widget, value, onChange } = props;
  const placeholder = defaultPlaceholder(widget.schema);
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const emit = (next: string) => onChange(next === '' ? undefined : next);
  if (isMultilineText(widget.schema)) {
    return (
      <textarea
        {...commonProps(props)}
        className="sf-input sf-textarea mono"
        rows={5}
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        onChange={(event) => emit(event.target.value)}
      />
    );
  }
  const type = schemaTypes(widget.schema).length > 1 ? 'text' : textInputType(widget.schema);
  if (type === 'datetime-local') {
    return (
      <input
        {...commonProps(props)}
        className="sf-input"
        type="datetime-local"
        step={1}
        value={localInputFromIso(value)}
        onChange={(event) => onChange(isoFromLocalInput(event.target.value))}
      />
    );
  }
  return (
    <input
      {...commonProps(props)}
      className="sf-input"
      type={type}
      value={text}
      placeholder={placeholder}
      autoComplete="off"
      onChange={(event) => emit(event.target.value)}
    />
  );
}

/**
 * A secret is typed, never shown: the input starts empty whatever value comes
 * in (the API never returns secrets; a draft may still hold one) and only what
 * is typed here goes out. PEM keys get a masked textarea, since a password
 * input would drop their line breaks.
 */
function SecretControl(props: ScalarControlProps) {
  const { widget, value, onChange } = props;
  const [typed, setTyped] = useState('');
  const hasValue = typeof value === 'string' && value !== '' && typed === '';
  const placeholder = hasValue ? 'Entered; type to replace' : defaultPlaceholder(widget.schema);
  const emit = (next: string) => {
    setTyped(next);
    onChange(next === '' ? undefined : next);
  };
  if (isMultilineText(widget.schema)) {
    return (
      <textarea
        {...commonProps(props)}
        className="sf-input sf-textarea sf-secret-text mono"
        rows={5}
        spellCheck={false}
        autoComplete="off"
        value={typed}
        placeholder={placeholder}
        onChange={(event) => emit(event.target.value)}
      />
    );
  }
  return (
    <input
      {...commonProps(props)}
      className="sf-input"
      type="password"
      autoComplete="new-password"
      value={typed}
      placeholder={placeholder}
      onChange={(event) => emit(event.target.value)}
    />
  );
}

function NumberControl(props: ScalarControlProps) {
  const { widget, value, onChange } = props;
  const integer = schemaTypes(widget.schema).includes('integer');
  const min = typeof widget.schema.minimum === 'number' ? widget.schema.minimum : undefined;
  const max = typeof widget.schema.maximum === 'number' ? widget.schema.maximum : undefined;
  return (
    <input
      {...commonProps(props)}
      className="sf-input sf-input-number"
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      step={integer ? 1 : 'any'}
      min={min !== undefined && Math.abs(min) < Number.MAX_SAFE_INTEGER ? min : undefined}
      max={max !== undefined && Math.abs(max) < Number.MAX_SAFE_INTEGER ? max : undefined}
      value={typeof value === 'number' ? String(value) : ''}
      placeholder={defaultPlaceholder(widget.schema)}
      onChange={(event) => onChange(numberFromText(event.target.value, integer))}
    />
  );
}

/** Unset shows the default (without writing it): a checkbox cannot show "empty". */
function BooleanControl(props: ScalarControlProps) {
  const { widget, value, onChange } = props;
  const checked = typeof value === 'boolean' ? value : widget.schema.default === true;
  return (
    <input
      {...commonProps(props)}
      className="sf-checkbox"
      type="checkbox"
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}

function SelectControl(props: ScalarControlProps) {
  const { widget, value, onChange, required } = props;
  const options = selectOptions(widget.schema) ?? [];
  const selected = options.findIndex((option) => JSON.stringify(option.value) === JSON.stringify(value));
  const fallback = defaultPlaceholder(widget.schema);
  const emptyLabel = fallback !== undefined ? `Default (${fallback})` : required ? 'Choose…' : 'Not set';
  return (
    <select
      {...commonProps(props)}
      className="sf-input"
      value={selected === -1 ? '' : String(selected)}
      onChange={(event) => onChange(event.target.value === '' ? undefined : options[Number(event.target.value)]?.value)}
    >
      <option value="">{emptyLabel}</option>
      {options.map((option, index) => (
        <option key={index} value={String(index)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/**
 * Any JSON value, checked as it is typed: the field keeps its text while it
 * does not parse (and says why), and passes on every text that does.
 */
function JsonControl(props: ScalarControlProps) {
  const { id, value, onChange, describedBy } = props;
  const [text, setText] = useState(() => jsonText(value));
  const [seen, setSeen] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  if (seen !== value) {
    // a value from outside (undo, another variant): show it unless it is what the text already says
    setSeen(value);
    const parsed = parseJsonText(text);
    if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(value)) {
      setText(jsonText(value));
      setProblem(null);
    }
  }
  const edit = (next: string) => {
    setText(next);
    const parsed = parseJsonText(next);
    if (parsed.ok) {
      setProblem(null);
      setSeen(parsed.value);
      onChange(parsed.value);
    } else {
      setProblem(parsed.message);
    }
  };
  return (
    <>
      <textarea
        {...commonProps(props)}
        className="sf-input sf-textarea mono"
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        value={text}
        placeholder={defaultPlaceholder(props.widget.schema) ?? 'JSON, e.g. {"key": "value"}'}
        aria-invalid={problem !== null || props.invalid || undefined}
        aria-describedby={[describedBy, problem ? `${id}-json-problem` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => edit(event.target.value)}
      />
      <p id={`${id}-json-problem`} className="sf-error" aria-live="polite">
        {problem ? `Not valid JSON: ${problem}` : ''}
      </p>
    </>
  );
}
