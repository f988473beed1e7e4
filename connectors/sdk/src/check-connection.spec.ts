import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkConnection } from './check-connection';
import type { ConnectorLogger } from './connector-logger';
import { defineAction } from './define-action';
import { defineConnector, type ConnectionCheck } from './define-connector';
import { ConnectorError, NonRetryableError } from './errors';
import { secret } from './secret-fields';

const PASSWORD = 'hunter2-very-secret';
const Auth = z.object({ host: z.string().min(1), password: secret(z.string()) });
type Auth = z.output<typeof Auth>;

function connectorWith(check?: ConnectionCheck<Auth>) {
  const ping = defineAction({
    name: 'ping',
    displayName: 'Ping',
    auth: Auth,
    input: z.object({}),
    output: z.object({}),
    run: async () => ({}),
  });
  return defineConnector({
    name: 'db',
    version: '1.0.0',
    displayName: 'DB',
    auth: Auth,
    actions: { ping },
    ...(check ? { check } : {}),
  });
}

function recordingLogger(): ConnectorLogger & { lines: string[] } {
  const lines: string[] = [];
  const log = (message: string, fields?: object) => void lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  return { lines, debug: log, info: log, warn: log, error: log };
}

describe('checkConnection', () => {
  it('runs the check with the validated auth and passes its message on', async () => {
    let seen: Auth | undefined;
    const outcome = await checkConnection(
      connectorWith(async (ctx) => {
        seen = ctx.auth;
        return { message: 'connected as app' };
      }),
      { auth: { host: 'db.local', password: PASSWORD, extra: 'dropped' } },
    );
    expect(outcome).toEqual({ checked: true, message: 'connected as app' });
    expect(seen).toEqual({ host: 'db.local', password: PASSWORD });
  });

  it('says when the connector has no check, after validating the auth', async () => {
    expect(await checkConnection(connectorWith(), { auth: { host: 'db.local', password: PASSWORD } })).toEqual({
      checked: false,
    });
    await expect(checkConnection(connectorWith(), { auth: { password: PASSWORD } })).rejects.toMatchObject({
      code: 'INVALID_CONNECTION',
      message: expect.stringContaining('host'),
    });
  });

  it('refuses an invalid connection without calling the check', async () => {
    let called = false;
    const connector = connectorWith(async () => {
      called = true;
    });
    await expect(checkConnection(connector, { auth: { host: '', password: PASSWORD } })).rejects.toBeInstanceOf(
      ConnectorError,
    );
    expect(called).toBe(false);
  });

  it("keeps secret values out of the check's errors, messages and logs", async () => {
    const logger = recordingLogger();
    const failing = connectorWith(async (ctx) => {
      ctx.logger.info(`logging in with ${ctx.auth.password}`);
      throw new NonRetryableError(`password ${ctx.auth.password} was refused`, {
        code: 'AUTH_FAILED',
        details: { tried: ctx.auth.password },
      });
    });
    const error = await checkConnection(failing, { auth: { host: 'h', password: PASSWORD }, logger }).catch((e) => e);
    expect(error).toMatchObject({ code: 'AUTH_FAILED' });
    expect(JSON.stringify({ message: error.message, details: error.details, stack: error.stack })).not.toContain(
      PASSWORD,
    );
    expect(logger.lines.join('\n')).not.toContain(PASSWORD);
    expect(logger.lines.length).toBe(1);

    const chatty = connectorWith(async (ctx) => ({ message: `ok with ${ctx.auth.password}` }));
    expect((await checkConnection(chatty, { auth: { host: 'h', password: PASSWORD } })).message).not.toContain(
      PASSWORD,
    );

    const extra = connectorWith(async () => {
      throw new Error('token tok-extra-1234 expired');
    });
    const wrapped = await checkConnection(extra, {
      auth: { host: 'h', password: PASSWORD },
      secrets: ['tok-extra-1234'],
    }).catch((e) => e);
    expect(wrapped).toMatchObject({ code: 'CHECK_FAILED' });
    expect(wrapped.message).not.toContain('tok-extra-1234');
    expect(wrapped.message).toContain('expired');
  });
});
