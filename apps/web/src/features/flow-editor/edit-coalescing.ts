/**
 * The field an edit changed, as a dotted path: "input.title" when only
 * `input.title` differs, "input" when several input fields do. The editor
 * uses it as the undo coalescing key, so typing in one field is one undo
 * step, and the next field starts a new one.
 */
export function changedPath(before: unknown, after: unknown, depth = 4): string {
  const path: string[] = [];
  let a = before;
  let b = after;
  while (path.length < depth && isRecord(a) && isRecord(b)) {
    const left: Record<string, unknown> = a;
    const right: Record<string, unknown> = b;
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    const differing = [...keys].filter((key) => !Object.is(left[key], right[key]));
    if (differing.length !== 1) break;
    const key = differing[0]!;
    path.push(key);
    a = left[key];
    b = right[key];
  }
  return path.join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}
