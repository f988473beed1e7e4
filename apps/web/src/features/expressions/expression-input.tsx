import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import type { CompletionData } from './expression-completions';
import { expressionEditorExtensions, externalChange } from './expression-editor-extensions';
import type { SampleScope } from './sample-scope';
import { useEvaluatedExpression } from './use-evaluated-expression';
import './expression-input.css';

export type { SampleScope } from './sample-scope';
export { useEvaluatedExpression } from './use-evaluated-expression';

export interface ExpressionInputProps {
  id: string;
  label: string;
  /** "=…" expression text (shown without the leading "=") */
  value: string;
  /** always emits with the leading "=" */
  onChange(next: string): void;
  /** sample data for autocomplete and inline preview */
  scope: SampleScope;
  /** an error from validation to show */
  problem?: string;
  multiline?: boolean;
  /** what `$` is: a mapping passes its source record; in step inputs `$` is the scope, as in the engine */
  context?: { value: unknown };
  /** focus the field once it is shown, caret at the end (a field that replaces the one being typed in) */
  autoFocus?: boolean;
}

/**
 * A JSONata expression field: highlighting, completion of `$trigger…` and
 * `$steps.<id>.output…` paths from the sample data, the engine's syntax check
 * and the value the expression has against the sample, live.
 */
export function ExpressionInput({
  id,
  label,
  value,
  onChange,
  scope,
  problem,
  multiline = false,
  context,
  autoFocus = false,
}: ExpressionInputProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [source, setSource] = useState(() => withoutMarker(value));
  const latest = useRef({ onChange, completion: { sample: scope } as CompletionData });
  latest.current.onChange = onChange;
  latest.current.completion = context ? { sample: scope, context: context.value } : { sample: scope };
  const attributes = useRef(new Compartment());

  const labelId = `${id}-label`;
  const statusId = `${id}-status`;
  const contentAttributes = {
    id,
    'aria-label': label,
    'aria-labelledby': labelId,
    'aria-describedby': statusId,
    ...(multiline ? { 'aria-multiline': 'true' } : {}),
  };

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: withoutMarker(value),
        extensions: [
          attributes.current.of(EditorView.contentAttributes.of(contentAttributes)),
          expressionEditorExtensions({
            multiline,
            readCompletionData: () => latest.current.completion,
            onDocChange: (text) => {
              setSource(text);
              latest.current.onChange(`=${text}`);
            },
          }),
        ],
      }),
    });
    viewRef.current = view;
    if (autoFocus) {
      view.focus();
      view.dispatch({ selection: { anchor: view.state.doc.length } });
    }
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // the view is built once per field shape; value and attributes are synced by the effects below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [multiline]);

  useEffect(() => {
    const view = viewRef.current;
    const text = withoutMarker(value);
    if (!view || view.state.doc.toString() === text) return;
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      annotations: externalChange.of(true),
    });
    setSource(text);
  }, [value]);

  const attributesKey = JSON.stringify(contentAttributes);
  useEffect(() => {
    viewRef.current?.dispatch({
      effects: attributes.current.reconfigure(EditorView.contentAttributes.of(JSON.parse(attributesKey))),
    });
  }, [attributesKey]);

  // debounced with the evaluation, so a half-typed name is not flagged on every keystroke
  const outcome = useEvaluatedExpression(source, scope, context);
  const syntax = outcome?.kind === 'syntax' ? outcome.problem : null;

  return (
    <div className={`expression-input${syntax || problem ? ' expression-input-invalid' : ''}`}>
      <label id={labelId} htmlFor={id} className="expression-input-label" onClick={() => viewRef.current?.focus()}>
        {label}
      </label>
      <div className="expression-input-field">
        <span className="expression-input-marker" aria-hidden="true">
          =
        </span>
        <div ref={hostRef} className="expression-input-editor" />
      </div>
      <div id={statusId} className="expression-input-messages">
        {syntax && (
          <p role="alert" className="expression-input-error">
            {syntax.message}
          </p>
        )}
        {problem && (
          <p role="alert" className="expression-input-error">
            {problem}
          </p>
        )}
        {outcome?.kind === 'failed' && (
          <p role="alert" className="expression-input-error">
            error: {outcome.message}
          </p>
        )}
        <p role="status" className="expression-input-value">
          {outcome?.kind === 'value' ? `= ${outcome.text}` : ''}
        </p>
      </div>
    </div>
  );
}

/** The editor shows the expression without its "=" marker; a value that is not an expression is shown as typed. */
function withoutMarker(value: string): string {
  return value.startsWith('=') ? value.slice(1) : value;
}
