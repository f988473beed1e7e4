import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ConnectorLogger } from './connector-logger';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import {
  InvalidConnectionError,
  InvalidInputError,
  InvalidOutputError,
  NonRetryableError,
  RetryableError,
  UnknownActionError,
} from './errors';
import { executeAction } from './execute-action';
import { secret } from './secret-fields';
import { expectRejection } from './testing/expect-rejection';
import type { Connector } from './define-connector';

const TOKEN = 'tok_live_5f8a9c2e71';

const ErpAuth = z.object({ baseUrl: z.url(), token: secret(z.string().min(8)) });

function recordingLogger(): ConnectorLogger & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push(JSON.stringify({ level, message, fields }));
  };
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

function erpConnector(
  run: (input: { sku: string; quantity: number; note?: string }, token: string) => Promise<unknown>,
) {
  let calls = 0;
  const createOrder = defineAction({
    name: 'createOrder',
    displayName: 'Create order',
    auth: ErpAuth,
    input: z.object({ sku: z.string().min(1), quantity: z.number().int().positive(), note: z.string().optional() }),
    output: z.object({ orderId: z.string(), lines: z.number().int().default(1) }),
    async run(ctx, input) {
      calls += 1;
      ctx.logger.info(`creating order with token ${ctx.auth.token}`, { auth: ctx.auth, sku: input.sku });
      return z.object({ orderId: z.string() }).parse(await run(input, ctx.auth.token));
    },
  });
  const connector = defineConnector({
    name: 'erp',
    version: '1.0.0',
    displayName: 'ERP',
    auth: ErpAuth,
    actions: { createOrder },
  });
  return { connector, calls: () => calls };
}

const auth = { baseUrl: 'https://erp.example.com', token: TOKEN };

describe('executeAction', () => {
  it('runs the action with parsed input and returns the parsed output with defaults applied', async () => {
    const { connector } = erpConnector(async (input) => ({ orderId: `ord_${input.sku}_${input.quantity}` }));
    const output = await executeAction(connector, 'createOrder', {
      input: { sku: 'A-1', quantity: 2 },
      auth,
      idempotencyKey: 'run_1:step_a',
    });
    expect(output).toEqual({ orderId: 'ord_A-1_2', lines: 1 });
  });

  it('rejects invalid input with an InvalidInputError naming each field, without calling the action', async () => {
    const { connector, calls } = erpConnector(async () => ({ orderId: 'never' }));
    // Step input arrives as untyped JSON from the flow, as it does in the worker.
    const loaded: Connector = connector;
    const invalid = await expectRejection(
      executeAction(loaded, 'createOrder', { input: { sku: '', quantity: 1.5, note: 7 }, auth, idempotencyKey: 'k' }),
      InvalidInputError,
    );

    expect(invalid.code).toBe('INVALID_INPUT');
    expect(invalid.retryable).toBe(false);
    expect(invalid.issues.map((issue) => issue.path)).toEqual(['sku', 'quantity', 'note']);
    expect(invalid.message).toContain('sku:');
    expect(invalid.message).toContain('quantity:');
    expect(invalid.message).toContain('note:');
    expect(calls()).toBe(0);
  });

  it('rejects a connection that does not match the auth schema before running, without echoing the secret', async () => {
    const { connector, calls } = erpConnector(async () => ({ orderId: 'never' }));
    const error = await expectRejection(
      executeAction(connector, 'createOrder', {
        input: { sku: 'A', quantity: 1 },
        auth: { baseUrl: 'not a url', token: TOKEN },
        idempotencyKey: 'k',
      }),
      InvalidConnectionError,
    );

    expect(error.code).toBe('INVALID_CONNECTION');
    expect(error.retryable).toBe(false);
    expect(error.issues.map((issue) => issue.path)).toEqual(['baseUrl']);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(calls()).toBe(0);
  });

  it('fails with a non-retryable InvalidOutputError naming the fields when the action returns the wrong shape', async () => {
    const action = defineAction({
      name: 'broken',
      displayName: 'Broken',
      input: z.object({}),
      output: z.object({ id: z.string(), total: z.number() }),
      // The declared schema is the contract; this simulates an API that changed under the connector.
      run: async () => JSON.parse('{"id": 42}'),
    });
    const connector = defineConnector({
      name: 'broken',
      version: '0.0.1',
      displayName: 'Broken',
      auth: z.object({}),
      actions: { broken: action },
    });

    const invalid = await expectRejection(
      executeAction(connector, 'broken', { input: {}, auth: {}, idempotencyKey: 'k' }),
      InvalidOutputError,
    );
    expect(invalid.retryable).toBe(false);
    expect(invalid.code).toBe('INVALID_OUTPUT');
    expect(invalid.issues.map((issue) => issue.path)).toEqual(['id', 'total']);
    expect(invalid.message).toMatch(/broken\.broken returned output that does not match its schema: id: .*; total: /);
  });

  it('names the available actions when asked for one the connector does not have', async () => {
    const { connector } = erpConnector(async () => ({ orderId: 'x' }));
    // The worker holds connectors as plain `Connector`s and action names as strings.
    const loaded: Connector = connector;
    const error = await expectRejection(
      executeAction(loaded, 'deleteEverything', { input: {}, auth, idempotencyKey: 'k' }),
      UnknownActionError,
    );
    expect(error.message).toBe('Connector "erp" has no action "deleteEverything" (available: createOrder)');
    expect(error.code).toBe('UNKNOWN_ACTION');
    expect(error.retryable).toBe(false);
  });

  it('passes the idempotency key and signal through to the action', async () => {
    const seen: { key?: string; signal?: AbortSignal } = {};
    const action = defineAction({
      name: 'probe',
      displayName: 'Probe',
      input: z.object({}),
      output: z.object({}),
      async run(ctx) {
        seen.key = ctx.idempotencyKey;
        seen.signal = ctx.signal;
        return {};
      },
    });
    const connector = defineConnector({
      name: 'probe',
      version: '1.0.0',
      displayName: 'Probe',
      auth: z.object({}),
      actions: { probe: action },
    });
    const controller = new AbortController();
    await executeAction(connector, 'probe', {
      input: {},
      auth: {},
      idempotencyKey: 'run_9:step_b',
      signal: controller.signal,
    });
    expect(seen).toEqual({ key: 'run_9:step_b', signal: controller.signal });
  });

  it('hands the action where the previous attempt got to, and passes its heartbeats on', async () => {
    const counter = defineConnector({
      name: 'counter',
      version: '1.0.0',
      displayName: 'Counter',
      auth: z.object({}),
      actions: {
        count: defineAction({
          name: 'count',
          displayName: 'Count',
          input: z.object({ to: z.number().int() }),
          output: z.object({ from: z.number().int() }),
          async run(ctx, input) {
            const from = typeof ctx.resumeFrom === 'number' ? ctx.resumeFrom : 0;
            for (let next = from + 1; next <= input.to; next++) ctx.heartbeat(next);
            return { from };
          },
        }),
      },
    });
    const heartbeats: unknown[] = [];
    const output = await executeAction(counter, 'count', {
      input: { to: 5 },
      auth: {},
      idempotencyKey: 'k',
      resumeFrom: 3,
      heartbeat: (progress) => heartbeats.push(progress),
    });
    expect(output).toEqual({ from: 3 });
    expect(heartbeats).toEqual([4, 5]);

    // Outside Temporal nothing listens: heartbeats are ignored and every run starts afresh.
    await expect(executeAction(counter, 'count', { input: { to: 2 }, auth: {}, idempotencyKey: 'k' })).resolves.toEqual(
      {
        from: 0,
      },
    );
  });

  it('redacts connection secrets from errors the action throws and from what it logs', async () => {
    const logger = recordingLogger();
    const { connector } = erpConnector(async (_input, token) => {
      throw new NonRetryableError(`ERP rejected token ${token}`, {
        code: 'ERP_REJECTED',
        details: { sent: { token, header: `Bearer ${token}` } },
      });
    });
    const failure = await expectRejection(
      executeAction(connector, 'createOrder', { input: { sku: 'A', quantity: 1 }, auth, idempotencyKey: 'k', logger }),
      NonRetryableError,
    );

    expect(failure.code).toBe('ERP_REJECTED');
    expect(failure.message).toBe('ERP rejected token [REDACTED]');
    expect(JSON.stringify(failure)).not.toContain(TOKEN);
    expect(failure.stack).not.toContain(TOKEN);
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });

  it('wraps an unplanned error as a retryable ACTION_FAILED error, secrets removed', async () => {
    const { connector } = erpConnector(async (_input, token) => {
      throw new TypeError(`cannot read properties of undefined (token ${token})`);
    });
    const error = await expectRejection(
      executeAction(connector, 'createOrder', { input: { sku: 'A', quantity: 1 }, auth, idempotencyKey: 'k' }),
      RetryableError,
    );
    expect(error.code).toBe('ACTION_FAILED');
    expect(error.message).toBe('TypeError: cannot read properties of undefined (token [REDACTED])');
  });

  it('rethrows the signal reason untouched when the run is cancelled', async () => {
    const controller = new AbortController();
    const reason = new Error('activity cancelled');
    const { connector } = erpConnector(async () => {
      controller.abort(reason);
      throw reason;
    });
    const error = await expectRejection(
      executeAction(connector, 'createOrder', {
        input: { sku: 'A', quantity: 1 },
        auth,
        idempotencyKey: 'k',
        signal: controller.signal,
      }),
      Error,
    );
    expect(error).toBe(reason);
  });
});
