import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { linter, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState, Prec, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { expressionCompletionSource, type CompletionData } from './expression-completions';
import { expressionSyntaxProblem } from './expression-syntax';
import { jsonataLanguage } from './jsonata-language';

/** Marks edits that come from the `value` prop, so they are not echoed back through `onChange`. */
export const externalChange = Annotation.define<boolean>();

/**
 * The CodeMirror set-up of an expression field: JSONata highlighting,
 * completions from sample data, the engine's syntax check as a diagnostic,
 * and — unless multiline — a field that behaves like an input: Enter accepts a
 * completion but never adds a line, pasted newlines become spaces. Tab is
 * left alone so it moves focus out of the field.
 */
export function expressionEditorExtensions(options: {
  multiline: boolean;
  readCompletionData: () => CompletionData;
  onDocChange: (text: string) => void;
}): Extension[] {
  return [
    history(),
    jsonataLanguage,
    syntaxHighlighting(expressionHighlightStyle),
    autocompletion({ override: [expressionCompletionSource(options.readCompletionData)], icons: false }),
    // completionKeymap first: Enter and Escape act on an open completion list before anything else
    Prec.high(keymap.of(completionKeymap)),
    keymap.of([...(options.multiline ? [] : [{ key: 'Enter', run: () => true }]), ...historyKeymap, ...defaultKeymap]),
    linter(syntaxDiagnostics, { delay: 250 }),
    options.multiline ? EditorView.lineWrapping : singleLine,
    placeholder('e.g. $trigger.body.title'),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !update.transactions.some((tr) => tr.annotation(externalChange))) {
        options.onDocChange(update.state.doc.toString());
      }
    }),
  ];
}

function syntaxDiagnostics(view: EditorView): Diagnostic[] {
  const text = view.state.doc.toString();
  if (text.trim() === '') return [];
  const problem = expressionSyntaxProblem(text);
  if (!problem) return [];
  const to = Math.min(problem.to, text.length);
  return [{ from: Math.min(problem.from, to), to, severity: 'error', message: problem.message }];
}

/** Newlines typed or pasted into a one-line field become spaces (JSONata treats both as whitespace). */
const singleLine = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || tr.newDoc.lines === 1) return tr;
  const flattened = tr.newDoc.toString().replace(/\r?\n/g, ' ');
  return [tr, { changes: { from: 0, to: tr.newDoc.length, insert: flattened }, sequential: true }];
});

/** Colours chosen for at least 4.5:1 contrast on white. */
const expressionHighlightStyle = HighlightStyle.define([
  { tag: tags.variableName, color: '#1f5fbf' },
  { tag: tags.function(tags.variableName), color: '#7a3db8' },
  { tag: tags.special(tags.variableName), color: '#1f5fbf', fontWeight: '600' },
  { tag: tags.string, color: '#1d7042' },
  { tag: tags.number, color: '#a34a00' },
  { tag: tags.atom, color: '#a34a00' },
  { tag: [tags.keyword, tags.operator], color: '#a8245a' },
  { tag: tags.comment, color: '#5f6b7a', fontStyle: 'italic' },
  { tag: tags.propertyName, color: '#1d2330' },
]);
