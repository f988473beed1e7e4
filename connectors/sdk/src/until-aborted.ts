/**
 * Waits for `work`, or rejects as soon as `signal` aborts, with what `reason`
 * gives at that moment (the caller's cancellation reason, a timeout error).
 * For client libraries whose calls take no AbortSignal: the work itself is
 * not stopped, so the caller closes what it opened.
 *
 * @example
 * await untilAborted(client.connect(), AbortSignal.timeout(10_000), () => new RetryableError('timed out', { code: 'TIMEOUT' }));
 */
export async function untilAborted<T>(work: Promise<T>, signal: AbortSignal, reason: () => unknown): Promise<T> {
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(reason());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
