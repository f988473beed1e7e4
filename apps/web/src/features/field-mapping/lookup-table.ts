import type { LookupTransform } from '@tributary/workflows/mappings/transforms/lookup.transform';

/** A lookup table as the editor shows it: one row of texts per entry, in order. */
export interface LookupRow {
  key: string;
  value: string;
}

/**
 * A typed value for a lookup entry: ERP code "High" → CMMS priority `1` when
 * the target field is a number, `"1"` when it is text; `true`/`false` for a
 * boolean field. Text that does not fit the type stays text, so the target
 * schema check in the preview says what is wrong instead of the editor
 * dropping what was typed.
 */
export function coerceLookupValue(text: string, targetType: string | undefined): unknown {
  const trimmed = text.trim();
  if ((targetType === 'number' || targetType === 'integer') && trimmed !== '' && Number.isFinite(Number(trimmed))) {
    return Number(trimmed);
  }
  if (targetType === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return text;
}

/** How a lookup value is shown in its input: text as is, anything else as JSON. */
export function lookupValueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The rows of a lookup transform. */
export function lookupRows(transform: LookupTransform): LookupRow[] {
  return Object.entries(transform.table).map(([key, value]) => ({ key, value: lookupValueText(value) }));
}

/**
 * The lookup transform (as lookup.transform.ts defines it) for edited rows.
 * Rows without a key are left out until one is typed; of two rows with the
 * same key the later one wins (the editor flags it). An empty default means
 * none: an unknown code is then a field error.
 */
export function lookupTransformFromRows(
  rows: LookupRow[],
  defaultText: string,
  targetType: string | undefined,
  previous?: LookupTransform,
): LookupTransform {
  const table: Record<string, LookupTransform['table'][string]> = {};
  for (const row of rows) {
    if (row.key === '') continue;
    // defined, not assigned: a "__proto__" code is data like any other
    Object.defineProperty(table, row.key, {
      value: coerceLookupValue(row.value, targetType),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const transform: LookupTransform = { kind: 'lookup', table };
  if (defaultText !== '') transform.default = coerceLookupValue(defaultText, targetType) as LookupTransform['default'];
  if (previous?.caseInsensitive) transform.caseInsensitive = true;
  return transform;
}

/** Keys that appear in more than one row (only the last of them counts). */
export function duplicateLookupKeys(rows: LookupRow[]): Set<string> {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const row of rows) {
    if (row.key === '') continue;
    if (seen.has(row.key)) duplicates.add(row.key);
    seen.add(row.key);
  }
  return duplicates;
}
