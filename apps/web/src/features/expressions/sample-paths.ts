import { scopeRoots, toExpressionScope, type SampleScope } from './sample-scope';

/**
 * Path completion against sample data: after `$trigger.` offer the keys the
 * trigger's sample payload has, after `$steps.` the step ids, after
 * `$steps.<id>.output.` the keys of that step's sample output. Pure, so the
 * CodeMirror completion source stays a thin adapter.
 */

export interface PathCompletion {
  /** what the list shows */
  label: string;
  /** what replaces the text from `from` to the cursor */
  apply: string;
  /** a short preview of the sample value there */
  detail: string;
  kind: 'field' | 'index';
}

export interface PathCompletions {
  /** offset in the text where the replaced part starts */
  from: number;
  options: PathCompletion[];
}

const MAX_OPTIONS = 200;
const PLAIN_NAME = /^[A-Za-z_]\w*$/;
/** a path that ends the text: a root (`$trigger`, `$`, a bare field name) then `.name`, `` .`odd name` ``, `[0]`, maybe a final "." */
const PATH_AT_END =
  /(?<![\w$.\]`])(\$\$|\$[A-Za-z_]\w*|\$|[A-Za-z_]\w*|`[^`]*`)((?:\.(?:[A-Za-z_]\w*|`[^`]*`)|\[\d+\])*)(\.?)$/;
const SEGMENT = /\.([A-Za-z_]\w*)|\.`([^`]*)`|\[(\d+)\]/g;

/**
 * Completions for the path that ends `text` (the text before the cursor).
 * `context` is what `$` means where the expression runs: a mapping's source
 * record; without it `$` is the whole scope, as in step inputs. Returns null
 * when the text does not end in a path into sample data.
 */
export function samplePathCompletions(text: string, sample: SampleScope, context?: unknown): PathCompletions | null {
  const match = PATH_AT_END.exec(text);
  if (!match) return null;
  const [whole, written = '', rest = '', dot] = match;
  const start = match.index;
  const segments = [...rest.matchAll(SEGMENT)].map((segment) => ({
    key: segment[3] !== undefined ? Number(segment[3]) : (segment[1] ?? segment[2] ?? ''),
    // where the segment's name starts (after its ".")
    at: start + written.length + (segment.index ?? 0) + 1,
    isName: segment[3] === undefined,
  }));
  // a bare first name (`job.asset`) is a field of the context record: `$.job.asset`
  let root = written;
  if (!written.startsWith('$')) {
    if (context === null || typeof context !== 'object') return null;
    root = '$';
    segments.unshift({ key: written.replace(/^`|`$/g, ''), at: start, isName: true });
  }

  let base: (string | number)[];
  let partial = '';
  let from: number;
  if (dot === '.') {
    base = segments.map((segment) => segment.key);
    from = start + whole.length;
  } else {
    const last = segments.at(-1);
    if (!last?.isName) return null;
    base = segments.slice(0, -1).map((segment) => segment.key);
    partial = String(last.key);
    from = last.at;
  }

  const rootValue = resolveRoot(root, sample, context);
  if (!rootValue.found) return null;
  const value = walk(rootValue.value, base);
  const options = optionsFor(value, partial, from);
  // a step without a recorded output still has one to point at
  if (root === '$steps' && base.length === 1 && 'output'.startsWith(partial.toLowerCase())) {
    if (!options.fields.some((option) => option.label === 'output')) {
      options.fields.unshift({ label: 'output', apply: 'output', detail: 'no sample yet', kind: 'field' });
    }
  }
  if (options.index) {
    // `[0]` replaces the "." as well: `items.` becomes `items[0]`
    return { from: from - 1, options: [options.index, ...options.fields.map((option) => withDot(option))] };
  }
  return { from, options: options.fields };
}

function resolveRoot(root: string, sample: SampleScope, context: unknown): { found: boolean; value?: unknown } {
  if (root === '$' || root === '$$') {
    return { found: true, value: context !== undefined ? context : toExpressionScope(sample) };
  }
  const roots = scopeRoots(sample);
  const name = root.slice(1);
  return roots.has(name) ? { found: true, value: roots.get(name) } : { found: false };
}

function walk(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof key === 'number') {
      current = Array.isArray(current) ? current[key] : undefined;
    } else if (Array.isArray(current)) {
      // JSONata maps a name over a list: `items.sku` reads every item's sku; the first one stands for all
      current = firstObject(current)?.[key];
    } else {
      current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
    }
  }
  return current;
}

function optionsFor(
  value: unknown,
  partial: string,
  from: number,
): { index: PathCompletion | null; fields: PathCompletion[] } {
  if (value === null || typeof value !== 'object') return { index: null, fields: [] };
  const record = Array.isArray(value) ? firstObject(value) : (value as Record<string, unknown>);
  const wanted = partial.toLowerCase();
  const fields: PathCompletion[] = Object.entries(record ?? {})
    .filter(([key]) => key.toLowerCase().startsWith(wanted))
    .slice(0, MAX_OPTIONS)
    .map(([key, child]) => ({ label: key, apply: fieldName(key), detail: describeSample(child), kind: 'field' }));
  const index: PathCompletion | null =
    Array.isArray(value) && value.length > 0 && partial === '' && from > 0
      ? { label: '[0]', apply: '[0]', detail: describeSample(value[0]), kind: 'index' }
      : null;
  return { index, fields };
}

/** JSONata needs back-quotes around names that are not plain identifiers: `` `Job No.` ``. */
export function fieldName(key: string): string {
  return PLAIN_NAME.test(key) ? key : `\`${key}\``;
}

/** A one-glance preview of a sample value: `"PUMP-07"`, `42`, `object`, `list of 3`. */
export function describeSample(value: unknown): string {
  if (value === undefined) return 'no sample';
  if (Array.isArray(value)) return `list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'object';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function withDot(option: PathCompletion): PathCompletion {
  return { ...option, apply: `.${option.apply}` };
}

function firstObject(list: unknown[]): Record<string, unknown> | undefined {
  const first = list.find((item) => item !== null && typeof item === 'object' && !Array.isArray(item));
  return first as Record<string, unknown> | undefined;
}
