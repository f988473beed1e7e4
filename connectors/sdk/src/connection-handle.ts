/**
 * The stored connection behind `ctx.auth`, for actions that must write back
 * what they learn (a refreshed OAuth2 token, a rotated refresh token).
 */
export interface ConnectionHandle {
  /**
   * Runs `update` under an exclusive lock on the stored connection and stores
   * the fields it returns (merged into the connection's secrets); returning
   * `undefined` stores nothing. `update` receives the connection as stored
   * right now, re-read inside the lock, which may be newer than `ctx.auth`:
   * when two activities refresh a token at once, the second one sees the
   * first one's token and can use it instead of refreshing again.
   * Resolves with the connection as stored after the update.
   *
   * @example
   * const stored = await ctx.connection.updateSecrets(async (current) =>
   *   isFresh(current) ? undefined : { accessToken: await refresh(current) });
   */
  updateSecrets(update: ConnectionSecretsUpdate): Promise<Record<string, unknown>>;
}

/** Receives the current stored connection; returns the fields to store, or `undefined` to keep it as is. */
export type ConnectionSecretsUpdate = (
  current: Record<string, unknown>,
) => Promise<Record<string, unknown> | undefined>;

/**
 * A {@link ConnectionHandle} over a connection held in memory, with the same
 * locking semantics as the worker's database-backed one: updates run one at a
 * time, each seeing the previous one's result. `executeAction` uses one when it
 * is given no handle; share one between calls to test concurrent refreshes.
 *
 * @example
 * const connection = inMemoryConnection({ type: 'oauth2AuthorizationCode', ...fields });
 * await Promise.all([run(connection), run(connection)]);
 * connection.current(); // what was stored last
 */
export function inMemoryConnection(
  initial: Record<string, unknown> = {},
): ConnectionHandle & { current(): Record<string, unknown> } {
  let stored = structuredClone(initial);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    current: () => structuredClone(stored),
    updateSecrets(update) {
      const next = queue.then(async () => {
        const patch = await update(structuredClone(stored));
        if (patch !== undefined) stored = { ...stored, ...structuredClone(patch) };
        return structuredClone(stored);
      });
      // A failed update releases the lock for the next one, as a rolled-back transaction does.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
