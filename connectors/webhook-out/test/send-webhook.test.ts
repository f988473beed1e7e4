import {
  executeAction,
  HttpError,
  InvalidConnectionError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
  type ConnectorLogger,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import {
  sendJson,
  startTestHttpServer,
  type ReceivedRequest,
  type TestHttpServer,
} from '@tributary/connector-sdk/testing/test-http-server';
import type { ServerResponse } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { SendWebhookInput } from '../src/actions/send-webhook.action';
import { signWebhook } from '../src/auth';

// 32 random bytes; the base64 part contains "+" and "/" so any re-encoding would show.
const KEY = 'q8Zk+3n/Vw0sYh1Lr6pT9xJmE2cUa7dFgB4oQiN5Wl8=';
const SECRET = `whsec_${KEY}`;
const IDEMPOTENCY_KEY = 'run_test:step_notify';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof startTestHttpServer>[0]): Promise<TestHttpServer> {
  server = await startTestHttpServer(handler);
  return server;
}

function send(input: SendWebhookInput, options: { logger?: ConnectorLogger; signingSecret?: string } = {}) {
  return executeAction(connector, 'send', {
    input,
    auth: { signingSecret: options.signingSecret ?? SECRET },
    idempotencyKey: IDEMPOTENCY_KEY,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

function capturingLogger(): ConnectorLogger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ level, message, fields }));
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The independent check: the reference Standard Webhooks library verifies what the receiver got. */
function verify(request: ReceivedRequest | undefined): unknown {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request?.headers ?? {}))
    if (typeof value === 'string') headers[name] = value;
  return new Webhook(SECRET).verify(request?.body ?? '', headers);
}

/** A receiver that accepts only correctly signed webhooks, as a real Standard Webhooks consumer would. */
function verifyingReceiver(req: ReceivedRequest, res: ServerResponse): void {
  try {
    verify(req);
  } catch (error) {
    return sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
  }
  res.writeHead(204).end();
}

const INVOICE_PAID: SendWebhookInput = {
  url: 'http://placeholder.invalid', // replaced per test with the receiver's URL
  eventType: 'invoice.paid',
  payload: { invoiceId: 'inv_42', amount: { value: 1999, currency: 'EUR' }, note: 'Grüße ✓' },
};

describe('webhook-out connector: send action', () => {
  it('delivers a webhook the standardwebhooks library accepts, with the spec’s headers and body', async () => {
    const receiver = await serve(verifyingReceiver);
    const before = Math.floor(Date.now() / 1000);
    const output = await send({ ...INVOICE_PAID, url: `${receiver.url}/hooks` });

    expect(output).toEqual({ status: 204, messageId: IDEMPOTENCY_KEY });
    const request = receiver.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['webhook-id']).toBe(IDEMPOTENCY_KEY);
    const timestamp = Number(request?.headers['webhook-timestamp']);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    expect(request?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);

    const body = verify(request);
    expect(body).toEqual({ type: 'invoice.paid', timestamp: expect.any(String), data: INVOICE_PAID.payload });
    expect(new Date(String((body as { timestamp: string }).timestamp)).getTime() / 1000).toBeCloseTo(timestamp, -1);
  });

  it('signs exactly what the reference implementation signs', () => {
    const webhook = { id: 'msg_2Lh0', timestamp: 1_700_000_000, body: '{"type":"a.b","data":{"x":"ü"}}' };
    const ours = signWebhook({ signingSecret: SECRET }, webhook).headers['webhook-signature'];
    expect(ours).toBe(new Webhook(SECRET).sign(webhook.id, new Date(webhook.timestamp * 1000), webhook.body));
  });

  it('uses a given messageId as webhook-id', async () => {
    const receiver = await serve(verifyingReceiver);
    const output = await send({ ...INVOICE_PAID, url: receiver.url, messageId: 'msg_inv_42_paid' });
    expect(output.messageId).toBe('msg_inv_42_paid');
    expect(receiver.requests[0]?.headers['webhook-id']).toBe('msg_inv_42_paid');
  });

  it('retries a 503 inside the SDK client with the same webhook-id and a valid signature', async () => {
    const receiver = await serve((req, res, index) =>
      index === 0 ? res.writeHead(503).end('busy') : verifyingReceiver(req, res),
    );
    const output = await send({ ...INVOICE_PAID, url: receiver.url });

    expect(output.status).toBe(204);
    expect(receiver.requests).toHaveLength(2);
    const [first, second] = receiver.requests;
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
    expect(() => verify(first)).not.toThrow();
    expect(() => verify(second)).not.toThrow();
  });

  it('waits as long as a 429 Retry-After asks, then delivers with the same webhook-id', async () => {
    const receiver = await serve((req, res, index) =>
      index === 0 ? res.writeHead(429, { 'retry-after': '1' }).end('slow down') : verifyingReceiver(req, res),
    );

    const output = await send({ ...INVOICE_PAID, url: receiver.url });

    expect(output.status).toBe(204);
    const [first, second] = receiver.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
    expect(() => verify(second)).not.toThrow();
  });

  it('fails at once, without the secret, when the receiver refuses the signature with 401', async () => {
    // The receiver holds another secret, so it rejects every signature this connection makes.
    const otherSecret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const receiver = await serve((req, res) => {
      try {
        new Webhook(otherSecret).verify(req.body, req.headers as Record<string, string>);
        res.writeHead(204).end();
      } catch {
        sendJson(res, 401, { error: 'invalid signature' });
      }
    });

    const error = await expectRejection(send({ ...INVOICE_PAID, url: receiver.url }), HttpError);

    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(`POST ${receiver.url}/ → 401 Unauthorized: {"error":"invalid signature"}`);
    expect(receiver.requests).toHaveLength(1);
    expect([error.message, JSON.stringify(error)].join('\n')).not.toContain(KEY);
  });

  it('awaits the connection’s throttle before each delivery attempt', async () => {
    const receiver = await serve((req, res, index) =>
      index === 0 ? res.writeHead(503, { 'retry-after': '0' }).end() : verifyingReceiver(req, res),
    );
    let throttled = 0;

    await executeAction(connector, 'send', {
      input: { ...INVOICE_PAID, url: receiver.url },
      auth: { signingSecret: SECRET },
      idempotencyKey: IDEMPOTENCY_KEY,
      throttle: async () => {
        throttled++;
      },
    });

    expect(receiver.requests).toHaveLength(2);
    expect(throttled).toBe(2);
  });

  it('reports a 500 as retryable, and the Temporal retry of the step reuses the webhook-id', async () => {
    const receiver = await serve((req, res, index) =>
      index === 0 ? res.writeHead(500).end('database down') : verifyingReceiver(req, res),
    );
    // The SDK client repeats a 500 only for idempotent methods; a POST goes back to Temporal's retry policy.
    const error = await expectRejection(send({ ...INVOICE_PAID, url: receiver.url }), RetryableError);
    expect(error.code).toBe('HTTP_SERVER_ERROR');

    const output = await send({ ...INVOICE_PAID, url: receiver.url }); // the next attempt, same idempotency key
    expect(output).toEqual({ status: 204, messageId: IDEMPOTENCY_KEY });
    const [first, second] = receiver.requests;
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
  });

  it.each([410, 400])('fails a %i at once with a non-retryable error', async (status) => {
    const receiver = await serve((_req, res) => sendJson(res, status, { error: 'no longer subscribed' }));
    const error = await expectRejection(send({ ...INVOICE_PAID, url: `${receiver.url}/hooks` }), HttpError);

    expect(error.retryable).toBe(false);
    expect(error.status).toBe(status);
    expect(error.message).toContain(`POST ${receiver.url}/hooks → ${status}`);
    expect(receiver.requests).toHaveLength(1);
  });

  it('fails on a redirect instead of following it', async () => {
    const receiver = await serve((_req, res) => res.writeHead(302, { location: 'http://elsewhere.invalid/' }).end());
    const error = await expectRejection(send({ ...INVOICE_PAID, url: receiver.url }), NonRetryableError);
    expect(error.code).toBe('WEBHOOK_REDIRECTED');
    expect(receiver.requests).toHaveLength(1);
  });

  it('times out a receiver that never answers with a retryable timeout error', async () => {
    const receiver = await serve(() => undefined);
    const error = await expectRejection(send({ ...INVOICE_PAID, url: receiver.url, timeoutMs: 300 }), RetryableError);
    expect(error.code).toBe('TIMEOUT');
  });

  it.each([
    ['without the whsec_ prefix', KEY],
    ['not base64', 'whsec_not*base64!'],
    ['shorter than 24 bytes', `whsec_${Buffer.from('short key').toString('base64')}`],
    ['empty', ''],
  ])('rejects a signing secret %s as an invalid connection naming the field', async (_name, signingSecret) => {
    const receiver = await serve(verifyingReceiver);
    const logger = capturingLogger();
    const error = await expectRejection(
      send({ ...INVOICE_PAID, url: receiver.url }, { signingSecret, logger }),
      InvalidConnectionError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['signingSecret']);
    expect(error.message).toContain('signingSecret: must be "whsec_" followed by');
    if (signingSecret)
      expect([error.message, JSON.stringify(error), ...logger.lines].join('\n')).not.toContain(signingSecret);
    expect(receiver.requests).toHaveLength(0);
  });

  it('rejects invalid step input, naming each field, before sending anything', async () => {
    const receiver = await serve(verifyingReceiver);
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker
    const error = await expectRejection(
      executeAction(loaded, 'send', {
        input: { url: 'ftp://example.com', eventType: '', payload: [1], messageId: 'has space' },
        auth: { signingSecret: SECRET },
        idempotencyKey: IDEMPOTENCY_KEY,
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['url', 'eventType', 'payload', 'messageId']);
    expect(receiver.requests).toHaveLength(0);
  });

  it('never reveals the signing secret in errors or logs, even when the receiver echoes it', async () => {
    const receiver = await serve((_req, res, index) =>
      index === 0
        ? res.writeHead(503).end(`retry later, secret ${SECRET}`)
        : sendJson(res, 400, { error: `unknown secret ${SECRET} (key ${KEY})` }),
    );
    const logger = capturingLogger();
    const error = await expectRejection(send({ ...INVOICE_PAID, url: receiver.url }, { logger }), HttpError);

    const visible = [error.message, error.stack ?? '', JSON.stringify(error), ...logger.lines].join('\n');
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(visible).not.toContain(SECRET);
    expect(visible).not.toContain(KEY);
    expect(error.message).toContain('[REDACTED]');
  });
});
