import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { JSONATA_FUNCTIONS } from './jsonata-functions';
import { describeSample, samplePathCompletions } from './sample-paths';
import { scopeRoots, type SampleScope } from './sample-scope';

/** What completions are drawn from; read on every request, so the editor always sees the latest samples. */
export interface CompletionData {
  sample: SampleScope;
  /** what `$` means (a mapping's source record); absent in step inputs */
  context?: unknown;
}

const VARIABLE_INFO: Record<string, string> = {
  trigger: 'what started the run (e.g. the webhook request)',
  steps: 'outputs of earlier steps: $steps.<id>.output',
  vars: 'the flow variables',
  run: 'this run: id, flow, version, startedAt',
  item: 'the current element of the forEach',
  index: 'the position of the current element (from 0)',
};

/** Completions for the text before the cursor, or null when there is nothing to offer. */
export function expressionCompletions(textBefore: string, data: CompletionData): CompletionResult | null {
  const variable = /\$\w*$/.exec(textBefore);
  if (variable && !/[.\]`]$/.test(textBefore.slice(0, variable.index))) {
    return { from: variable.index, options: variableOptions(data.sample), validFor: /^\$\w*$/ };
  }
  const paths = samplePathCompletions(textBefore, data.sample, data.context);
  if (!paths || paths.options.length === 0) return null;
  return {
    from: paths.from,
    options: paths.options.map((option) => ({
      label: option.label,
      apply: option.apply,
      detail: option.detail,
      type: option.kind === 'index' ? 'constant' : 'property',
    })),
  };
}

/** The CodeMirror adapter: completes on `$` and `.` as you type, everywhere on Ctrl-Space. */
export function expressionCompletionSource(read: () => CompletionData): CompletionSource {
  return (context: CompletionContext) => {
    const line = context.state.doc.lineAt(context.pos);
    const textBefore = line.text.slice(0, context.pos - line.from);
    const result = expressionCompletions(textBefore, read());
    if (!result) return null;
    if (!context.explicit && result.options.length === 0) return null;
    return { ...result, from: result.from + line.from };
  };
}

function variableOptions(sample: SampleScope): Completion[] {
  const variables: Completion[] = [...scopeRoots(sample)].map(([name, value]) => ({
    label: `$${name}`,
    type: 'variable',
    detail: name === 'steps' ? Object.keys(sample.steps).join(', ') || 'no steps yet' : describeSample(value),
    info: VARIABLE_INFO[name],
    boost: 10,
  }));
  const functions: Completion[] = JSONATA_FUNCTIONS.map((fn) => ({
    label: `$${fn.name}`,
    apply: `$${fn.name}(`,
    type: 'function',
    detail: fn.signature,
    info: fn.summary,
  }));
  return [...variables, ...functions];
}
