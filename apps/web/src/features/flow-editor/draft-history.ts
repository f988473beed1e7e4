/**
 * Undo/redo over immutable snapshots. Typing in one field produces one edit
 * per keystroke; edits with the same `coalesceKey` within `coalesceMs` of the
 * previous one replace the present instead of pushing, so Undo takes back the
 * whole word, not one letter.
 */
export interface DraftHistory<T> {
  past: T[];
  present: T;
  future: T[];
  lastEdit: { key: string; at: number } | null;
}

export interface EditOptions {
  /** e.g. "step:mapJob:input.title"; edits without one never coalesce */
  coalesceKey?: string;
  now: number;
}

export const HISTORY_LIMIT = 100;
export const COALESCE_MS = 500;

export function startHistory<T>(present: T): DraftHistory<T> {
  return { past: [], present, future: [], lastEdit: null };
}

export function recordEdit<T>(history: DraftHistory<T>, next: T, options: EditOptions): DraftHistory<T> {
  if (Object.is(next, history.present)) return history;
  const { coalesceKey, now } = options;
  const coalesces =
    coalesceKey !== undefined &&
    history.lastEdit?.key === coalesceKey &&
    now - history.lastEdit.at <= COALESCE_MS &&
    history.past.length > 0;
  const lastEdit = coalesceKey === undefined ? null : { key: coalesceKey, at: now };
  if (coalesces) return { past: history.past, present: next, future: [], lastEdit };
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [], lastEdit };
}

export function undo<T>(history: DraftHistory<T>): DraftHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    lastEdit: null,
  };
}

export function redo<T>(history: DraftHistory<T>): DraftHistory<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present], present: next as T, future: rest, lastEdit: null };
}

export function canUndo(history: DraftHistory<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: DraftHistory<unknown>): boolean {
  return history.future.length > 0;
}
