import { describe, expect, it } from 'vitest';
import { changedPath } from './edit-coalescing';

describe('the field an edit changed', () => {
  const step = { id: 'a', kind: 'action', input: { title: 'x', assetTag: 'y' }, retry: { maxAttempts: 3 } };

  it('names the one field that differs', () => {
    expect(changedPath(step, { ...step, input: { ...step.input, title: 'xy' } })).toBe('input.title');
    expect(changedPath(step, { ...step, id: 'b' })).toBe('id');
  });

  it('stops where several fields differ', () => {
    expect(changedPath(step, { ...step, input: { title: '1', assetTag: '2' } })).toBe('input');
    expect(changedPath(step, { ...step, id: 'b', name: 'B' })).toBe('');
  });
});
