import { describe, expect, it } from 'vitest';
import { untilAborted } from './until-aborted';

describe('untilAborted', () => {
  it('resolves with the work when it finishes first', async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal, () => 'late')).resolves.toBe(7);
  });

  it('rejects with the reason when the signal aborts first, or had aborted already', async () => {
    const controller = new AbortController();
    const never = new Promise<number>(() => undefined);
    const waiting = untilAborted(never, controller.signal, () => new Error('timed out connecting'));
    controller.abort();
    await expect(waiting).rejects.toThrow('timed out connecting');
    await expect(untilAborted(never, AbortSignal.abort(), () => new Error('already'))).rejects.toThrow('already');
  });

  it('passes the work’s own failure through', async () => {
    await expect(
      untilAborted(Promise.reject(new Error('refused')), new AbortController().signal, () => 'unused'),
    ).rejects.toThrow('refused');
  });
});
