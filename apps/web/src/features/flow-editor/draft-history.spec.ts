import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, HISTORY_LIMIT, recordEdit, redo, startHistory, undo } from './draft-history';

describe('draft history', () => {
  it('undoes and redoes edits in order', () => {
    let history = startHistory('a');
    history = recordEdit(history, 'b', { now: 0 });
    history = recordEdit(history, 'c', { now: 1_000 });
    history = undo(history);
    expect(history.present).toBe('b');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(canUndo(history)).toBe(false);
    history = redo(history);
    expect(history.present).toBe('b');
    expect(canRedo(history)).toBe(true);
  });

  it('drops the redo branch on a new edit', () => {
    let history = recordEdit(startHistory('a'), 'b', { now: 0 });
    history = recordEdit(undo(history), 'x', { now: 10 });
    expect(history.present).toBe('x');
    expect(canRedo(history)).toBe(false);
  });

  it('coalesces keystrokes in the same field within 500 ms, and not across fields or pauses', () => {
    let history = startHistory('');
    history = recordEdit(history, 't', { coalesceKey: 'title', now: 0 });
    history = recordEdit(history, 'ti', { coalesceKey: 'title', now: 300 });
    history = recordEdit(history, 'tit', { coalesceKey: 'title', now: 700 });
    expect(history.past).toEqual(['']);
    history = recordEdit(history, 'tit!', { coalesceKey: 'title', now: 1_500 });
    history = recordEdit(history, 'tit!?', { coalesceKey: 'other', now: 1_600 });
    expect(history.past).toEqual(['', 'tit', 'tit!']);
    expect(undo(history).present).toBe('tit!');
  });

  it('does not coalesce after an undo', () => {
    let history = recordEdit(startHistory('a'), 'ab', { coalesceKey: 'f', now: 0 });
    history = recordEdit(history, 'abc', { coalesceKey: 'f', now: 100 });
    history = undo(history);
    history = recordEdit(history, 'ax', { coalesceKey: 'f', now: 200 });
    expect(history.past).toEqual(['a']);
  });

  it('keeps at most the last HISTORY_LIMIT states', () => {
    let history = startHistory(0);
    for (let value = 1; value <= HISTORY_LIMIT + 20; value += 1) history = recordEdit(history, value, { now: value });
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(20);
  });

  it('ignores an edit that changes nothing', () => {
    const history = startHistory({ a: 1 });
    expect(recordEdit(history, history.present, { now: 0 })).toBe(history);
  });
});
