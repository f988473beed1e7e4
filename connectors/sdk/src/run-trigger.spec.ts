import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import { defineTrigger } from './define-trigger';
import { InvalidConnectionError, InvalidInputError, InvalidOutputError, RetryableError } from './errors';
import { pollTrigger, subscribeTrigger, UnknownTriggerError } from './run-trigger';
import { secret } from './secret-fields';
import type { TriggerEvent } from './define-trigger';

const Auth = z.object({ token: secret(z.string().min(1)) });
const rows = [
  { id: 1, tag: 'pump-1' },
  { id: 2, tag: 'pump-2' },
  { id: 3, tag: 'valve-7' },
];
let polled: unknown[] = [];

const newRows = defineTrigger({
  type: 'polling',
  name: 'newRows',
  displayName: 'New rows',
  auth: Auth,
  input: z.object({ pageSize: z.number().int().positive().default(2) }),
  payload: z.object({ id: z.number(), tag: z.string() }),
  async poll(ctx, input, { cursor }) {
    polled.push(cursor);
    if (ctx.auth.token === 'explode') throw new Error(`backend refused token ${ctx.auth.token}`);
    const after = typeof cursor === 'number' ? cursor : 0;
    const page = rows.filter((row) => row.id > after).slice(0, input.pageSize);
    return {
      events: page.map((row) => ({ id: String(row.id), payload: row })),
      cursor: page.at(-1)?.id ?? after,
      hasMore: rows.some((row) => row.id > (page.at(-1)?.id ?? after)),
    };
  },
});

const messages = defineTrigger({
  type: 'subscription',
  name: 'messages',
  displayName: 'Messages',
  auth: Auth,
  input: z.object({ topic: z.string().min(1) }),
  payload: z.object({ topic: z.string(), body: z.string() }),
  async subscribe(ctx, input, handle) {
    const acked: string[] = [];
    for (const body of ['a', 'b', 'bad']) {
      if (ctx.signal.aborted) return;
      // a broken connector: the last payload has the wrong shape
      const payload = body === 'bad' ? { topic: input.topic, body: 42 } : { topic: input.topic, body };
      await handle.emit({ id: body, payload: payload as { topic: string; body: string } });
      acked.push(body);
    }
  },
});

const connector = defineConnector({
  name: 'plant-db',
  version: '1.0.0',
  displayName: 'Plant DB',
  auth: Auth,
  actions: {
    ping: defineAction({
      name: 'ping',
      displayName: 'Ping',
      input: z.object({}),
      output: z.object({}),
      run: async () => ({}),
    }),
  },
  triggers: { newRows, messages },
});

describe('pollTrigger', () => {
  it('passes the stored cursor in and returns validated events with the next cursor', async () => {
    polled = [];
    const first = await pollTrigger(connector, 'newRows', { input: {}, auth: { token: 't0ken' }, cursor: undefined });
    expect(first.events).toEqual([
      { id: '1', payload: rows[0] },
      { id: '2', payload: rows[1] },
    ]);
    expect(first).toMatchObject({ cursor: 2, hasMore: true });
    const second = await pollTrigger(connector, 'newRows', { input: {}, auth: { token: 't0ken' }, cursor: 2 });
    expect(second.events.map((event) => event.id)).toEqual(['3']);
    expect(second.hasMore).toBe(false);
    expect(polled).toEqual([undefined, 2]);
  });

  it('refuses invalid configuration before polling, naming the field', async () => {
    polled = [];
    const error = await pollTrigger(connector, 'newRows', {
      input: { pageSize: -1 },
      auth: { token: 't0ken' },
      cursor: undefined,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details).toEqual({ issues: [expect.objectContaining({ path: 'pageSize' })] });
    expect(polled).toEqual([]);
  });

  it('refuses an invalid connection without echoing it', async () => {
    const error = await pollTrigger(connector, 'newRows', { input: {}, auth: { token: '' }, cursor: undefined }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InvalidConnectionError);
  });

  it('turns a crash in poll into a retryable error without the secret', async () => {
    const error = await pollTrigger(connector, 'newRows', {
      input: {},
      auth: { token: 'explode' },
      cursor: undefined,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).not.toContain('explode');
  });

  it('names the triggers a connector has when asked for another', async () => {
    await expect(pollTrigger(connector, 'rows', { input: {}, auth: { token: 'x' }, cursor: 0 })).rejects.toThrow(
      new UnknownTriggerError('plant-db', 'rows', ['newRows', 'messages']),
    );
    await expect(
      pollTrigger(connector, 'messages', { input: { topic: 't' }, auth: { token: 'x' }, cursor: 0 }),
    ).rejects.toThrow(/subscription trigger, not polling/);
  });
});

describe('subscribeTrigger', () => {
  it('hands validated events to emit one at a time and fails on a payload that breaks the schema', async () => {
    const emitted: TriggerEvent[] = [];
    const error = await subscribeTrigger(connector, 'messages', {
      input: { topic: 'line-1/temp' },
      auth: { token: 't0ken' },
      signal: new AbortController().signal,
      emit: async (event) => {
        emitted.push(event);
      },
    }).catch((caught: unknown) => caught);
    expect(emitted).toEqual([
      { id: 'a', payload: { topic: 'line-1/temp', body: 'a' } },
      { id: 'b', payload: { topic: 'line-1/temp', body: 'b' } },
    ]);
    expect(error).toBeInstanceOf(InvalidOutputError);
    expect((error as InvalidOutputError).details).toEqual({ issues: [expect.objectContaining({ path: 'body' })] });
  });

  it('stops consuming when emit fails, so an unstarted message is never acknowledged', async () => {
    let calls = 0;
    await expect(
      subscribeTrigger(connector, 'messages', {
        input: { topic: 't' },
        auth: { token: 't0ken' },
        signal: new AbortController().signal,
        emit: async () => {
          calls += 1;
          throw new Error('temporal unavailable');
        },
      }),
    ).rejects.toThrow(/temporal unavailable/);
    expect(calls).toBe(1);
  });
});
