/**
 * A key/value record (`additionalProperties`, e.g. HTTP headers) as editable
 * rows. Rows keep their order and may be half-typed (an empty name, a name
 * typed twice) while the record holds only the complete, first-named ones.
 */
export interface RecordRow {
  key: string;
  value: unknown;
}

export function rowsFromRecord(record: unknown): RecordRow[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return [];
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}

export function recordFromRows(rows: RecordRow[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { key, value } of rows) {
    if (key === '' || key in record || value === undefined) continue;
    record[key] = value;
  }
  return record;
}

/** Names typed more than once: only the first row counts, the others are flagged. */
export function duplicateKeys(rows: RecordRow[]): Set<number> {
  const seen = new Set<string>();
  const duplicates = new Set<number>();
  rows.forEach(({ key }, index) => {
    if (key === '') return;
    if (seen.has(key)) duplicates.add(index);
    seen.add(key);
  });
  return duplicates;
}

/** Whether rows already stand for the record, so an outside change (undo) can be told from our own echo. */
export function rowsMatchRecord(rows: RecordRow[], record: unknown): boolean {
  const current = typeof record === 'object' && record !== null && !Array.isArray(record) ? record : {};
  return JSON.stringify(recordFromRows(rows)) === JSON.stringify(current);
}
