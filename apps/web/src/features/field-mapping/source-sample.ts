import { findJsonSyntaxError } from './json-syntax-error';
import { formatMappingPath, type PathSegment } from '@tributary/workflows/mappings/mapping-path';

/** A field of the source sample, as the source tree lists it. */
export interface SourceField {
  /** mapping path: `job.asset`, `lines[0].qty`, `["Job No."]` */
  path: string;
  /** the last key or `[0]` */
  label: string;
  /** nesting level, 0 for top-level fields */
  depth: number;
  /** short preview of the sample value */
  preview: string;
}

export type SampleParse = { ok: true; value: unknown } | { ok: false; message: string };

const MAX_FIELDS = 500;
const MAX_DEPTH = 8;

/**
 * Parses pasted JSON, saying at which line and column it breaks and why.
 */
export function parseSourceSample(text: string): SampleParse {
  if (text.trim() === '') return { ok: false, message: 'Paste a sample record as JSON, e.g. {"asset": "PUMP-07"}.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const located = findJsonSyntaxError(text);
    if (!located)
      return { ok: false, message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
    return { ok: false, message: `Invalid JSON at line ${located.line}, column ${located.column}: ${located.message}` };
  }
}

/** The sample's fields, depth first; a list stands for its items through its first one (`lines[0].qty`). */
export function sourceFieldTree(sample: unknown): SourceField[] {
  const fields: SourceField[] = [];
  const root = Array.isArray(sample) ? sample[0] : sample;
  visit(root, [], fields);
  return fields;
}

function visit(value: unknown, segments: PathSegment[], out: SourceField[]): void {
  if (out.length >= MAX_FIELDS || segments.length >= MAX_DEPTH) return;
  if (Array.isArray(value)) {
    if (value.length === 0 || segments.length === 0) return;
    const item = value[0];
    const child = [...segments, 0];
    out.push({ path: formatMappingPath(child), label: '[0]', depth: segments.length, preview: preview(item) });
    visit(item, child, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (out.length >= MAX_FIELDS) return;
    const path = [...segments, key];
    out.push({ path: formatMappingPath(path), label: key, depth: segments.length, preview: preview(child) });
    visit(child, path, out);
  }
}

function preview(value: unknown): string {
  if (Array.isArray(value)) return `list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'object';
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
