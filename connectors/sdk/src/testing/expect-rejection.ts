import { expect } from 'vitest';

/**
 * Awaits a promise that must reject with an instance of `type`, and returns
 * the error typed as such, so tests read its fields without casts.
 *
 * @example
 * const error = await expectRejection(executeAction(connector, 'request', options), HttpError);
 * expect(error.status).toBe(404);
 */
export async function expectRejection<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  const outcome = await promise.then(
    (value: unknown) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved)
    throw new Error(`expected a rejection with ${type.name}, but it resolved with ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(type);
  if (!(outcome.error instanceof type)) throw outcome.error;
  return outcome.error;
}
