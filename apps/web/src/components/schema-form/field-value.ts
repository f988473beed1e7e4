/**
 * Values as the schema form edits them: expressions ("=…" JSONata) in place
 * of typed values, dotted field paths, DOM ids, and the conversions between a
 * field's value and its input's text. Pure functions.
 */

/** A string starting with "=" is a JSONata expression, evaluated when the step runs. */
export function isExpression(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('=');
}

/**
 * The expression a fixed value turns into when its field switches to
 * "expression": the same value written as a JSONata literal (JSON is valid
 * JSONata), so the step behaves the same until the expression is edited.
 */
export function expressionFromFixed(value: unknown): string {
  if (value === undefined || value === '') return '=';
  return `=${JSON.stringify(value)}`;
}

/** `"body"` + `"title"` → `"body.title"`; array items by index: `"items.0"`. */
export function childPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** A DOM id for a field path, unique within the form's prefix. */
export function fieldId(idPrefix: string, path: string): string {
  const safe = path === '' ? 'root' : path.replace(/[^A-Za-z0-9_-]/g, (character) => `_${character.charCodeAt(0)}_`);
  return `${idPrefix}-${safe}`;
}

/** A copy with `key` set, or removed when the value is undefined (empty fields stay out of the value). */
export function withProperty(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const next = { ...record };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The number an input's text stands for; undefined for empty or unparsable text. */
export function numberFromText(text: string, integer: boolean): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return integer ? Math.trunc(value) : value;
}

/** An ISO date-time as a `datetime-local` input shows it (local time); '' when it is not a date. */
export function localInputFromIso(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (part: number) => String(part).padStart(2, '0');
  const seconds = date.getSeconds() === 0 ? '' : `:${pad(date.getSeconds())}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}${seconds}`;
}

/** A `datetime-local` input's text (local time) as an ISO date-time in UTC; undefined when empty. */
export function isoFromLocalInput(text: string): string | undefined {
  if (text === '') return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses a free JSON field's text; empty text is "no value". */
export function parseJsonText(text: string): JsonParse {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'Not valid JSON' };
  }
}

export function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
