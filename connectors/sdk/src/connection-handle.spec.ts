import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inMemoryConnection } from './connection-handle';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import { NonRetryableError } from './errors';
import { executeAction } from './execute-action';
import { secret } from './secret-fields';
import { expectRejection } from './testing/expect-rejection';

describe('inMemoryConnection', () => {
  it('runs updates one at a time, each seeing the result of the one before', async () => {
    const connection = inMemoryConnection({ token: 'old', refreshes: 0 });
    const seen: unknown[] = [];
    const refresh = () =>
      connection.updateSecrets(async (current) => {
        seen.push(current.token);
        if (current.token !== 'old') return undefined;
        await sleep(50);
        return { token: 'new', refreshes: Number(current.refreshes) + 1 };
      });

    const results = await Promise.all([refresh(), refresh()]);
    expect(seen).toEqual(['old', 'new']);
    expect(results).toEqual([
      { token: 'new', refreshes: 1 },
      { token: 'new', refreshes: 1 },
    ]);
  });

  it('stores nothing from a failed update and lets the next one run', async () => {
    const connection = inMemoryConnection({ token: 'old' });
    const failed = connection.updateSecrets(async () => {
      throw new Error('token endpoint down');
    });
    const next = connection.updateSecrets(async (current) => ({ token: `${String(current.token)}+1` }));
    await expect(failed).rejects.toThrow('token endpoint down');
    expect(await next).toEqual({ token: 'old+1' });
  });
});

describe('ctx.connection in executeAction', () => {
  const Auth = z.object({ token: secret(z.string()) });
  const rotate = defineAction({
    name: 'rotate',
    displayName: 'Rotate',
    auth: Auth,
    input: z.object({}),
    output: z.object({}),
    async run(ctx) {
      const stored = await ctx.connection.updateSecrets(async () => ({ token: 'fresh-token-42' }));
      ctx.logger.info(`now using ${String(stored.token)}`);
      throw new NonRetryableError(`the API refused ${String(stored.token)}`);
    },
  });
  const connector = defineConnector({
    name: 'rotating',
    version: '1.0.0',
    displayName: 'R',
    auth: Auth,
    actions: { rotate },
  });

  it('redacts a secret the action stored during the run from its errors and logs', async () => {
    const lines: string[] = [];
    const log = (message: string) => void lines.push(message);
    const connection = inMemoryConnection({ token: 'first-token-1' });
    const error = await expectRejection(
      executeAction(connector, 'rotate', {
        input: {},
        auth: { token: 'first-token-1' },
        connection,
        idempotencyKey: 'k',
        logger: { debug: log, info: log, warn: log, error: log },
      }),
      NonRetryableError,
    );
    expect(connection.current()).toEqual({ token: 'fresh-token-42' });
    expect(error.message).toBe('the API refused [REDACTED]');
    expect(lines).toEqual(['now using [REDACTED]']);
  });
});
