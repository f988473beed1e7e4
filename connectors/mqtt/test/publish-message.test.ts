import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import {
  executeAction,
  InvalidConnectionError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { PublishMessageInput } from '../src/actions/publish-message.action';
import type { MqttConnection } from '../src/auth';

// The machine's Mosquitto (anonymous).
const BROKER = 'mqtt://127.0.0.1:1883';

interface Received {
  topic: string;
  payload: string;
  qos: number;
  retain: boolean;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A unique topic namespace per test, so parallel runs and earlier runs cannot interfere. */
function uniqueTopic(): string {
  return `tributary-test/${randomUUID()}`;
}

async function subscribe(filter: string): Promise<{ messages: Received[] }> {
  const client: MqttClient = await mqtt.connectAsync(BROKER, { reconnectPeriod: 0 });
  cleanups.push(() => client.endAsync());
  const messages: Received[] = [];
  client.on('message', (topic, payload, packet) =>
    messages.push({ topic, payload: payload.toString('utf8'), qos: packet.qos, retain: packet.retain }),
  );
  await client.subscribeAsync(filter, { qos: 2 });
  return { messages };
}

function publish(
  input: PublishMessageInput,
  auth: MqttConnection = { url: BROKER, clientIdPrefix: 'test' },
  signal?: AbortSignal,
) {
  return executeAction(connector, 'publish', {
    input,
    auth,
    idempotencyKey: 'run_test:step_mqtt',
    ...(signal ? { signal } : {}),
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mqtt connector: publish action', () => {
  it('delivers a JSON payload at QoS 1 and returns the confirmed packet id', async () => {
    const topic = `${uniqueTopic()}/plant/ham-01/work-orders`;
    const subscriber = await subscribe(topic);
    const event = { workOrder: 'WO-4711', machine: 'press-07', status: 'released', qty: 120, urgent: true };

    const output = await publish({ topic, payload: event });

    expect(output).toEqual({ topic, qos: 1, messageId: expect.any(Number) });
    await expect.poll(() => subscriber.messages.length).toBe(1);
    const [received] = subscriber.messages;
    expect(received?.topic).toBe(topic);
    expect(received?.qos).toBe(1);
    expect(JSON.parse(received?.payload ?? '')).toEqual(event);
  });

  it('sends a string payload as is, and waits for PUBCOMP at QoS 2', async () => {
    const topic = uniqueTopic();
    const subscriber = await subscribe(topic);

    const output = await publish({ topic, payload: 'temperature=71.5', qos: 2 });

    expect(output.qos).toBe(2);
    expect(output.messageId).toEqual(expect.any(Number));
    await expect.poll(() => subscriber.messages).toMatchObject([{ payload: 'temperature=71.5', qos: 2 }]);
  });

  it('publishes at QoS 0 without a packet id', async () => {
    const topic = uniqueTopic();
    const subscriber = await subscribe(topic);
    const output = await publish({ topic, payload: 42, qos: 0 });
    expect(output).toEqual({ topic, qos: 0 });
    await expect.poll(() => subscriber.messages).toMatchObject([{ payload: '42', qos: 0 }]);
  });

  it('keeps a retained message for later subscribers', async () => {
    const topic = uniqueTopic();
    cleanups.push(async () => void (await publish({ topic, payload: '', retain: true }))); // an empty retained message clears it

    await publish({ topic, payload: { state: 'running' }, retain: true });
    const late = await subscribe(topic);
    await expect.poll(() => late.messages.length).toBe(1);
    expect(late.messages[0]).toMatchObject({ payload: '{"state":"running"}', retain: true });
  });

  it('rejects invalid input, naming each field, and publishes nothing', async () => {
    const base = uniqueTopic();
    const subscriber = await subscribe(`${base}/#`);
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker
    const error = await expectRejection(
      executeAction(loaded, 'publish', {
        input: { topic: `${base}/+/status`, payload: { ok: true }, qos: 3, retain: 'yes', extra: 1 },
        auth: { url: BROKER },
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['topic', 'qos', 'retain', '']);
    expect(error.message).toContain('must not contain the wildcards "+" or "#"');
    await sleep(300);
    expect(subscriber.messages).toHaveLength(0);
  });

  it('rejects a connection that is not an MQTT URL or embeds credentials', async () => {
    const wrongScheme = await expectRejection(
      publish({ topic: 'x', payload: 1 }, { url: 'http://127.0.0.1:1883' }),
      InvalidConnectionError,
    );
    expect(wrongScheme.issues.map((issue) => issue.path)).toEqual(['url']);
    const withPassword = await expectRejection(
      publish({ topic: 'x', payload: 1 }, { url: 'mqtt://robot:hunter2@127.0.0.1:1883' }),
      InvalidConnectionError,
    );
    expect(withPassword.message).not.toContain('hunter2');
  });

  it('reports a refused connection (wrong port) as a retryable error', async () => {
    const port = await unusedPort();
    const error = await expectRejection(
      publish({ topic: uniqueTopic(), payload: 1 }, { url: `mqtt://127.0.0.1:${port}` }),
      RetryableError,
    );
    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toContain(`Could not connect to MQTT broker mqtt://127.0.0.1:${port}`);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('reports credentials the broker refuses as a non-retryable error without the password', async () => {
    // Mosquitto here is anonymous, so a stand-in broker answers every CONNECT with
    // CONNACK return code 4, "bad user name or password".
    const broker = await fakeBroker(Buffer.from([0x20, 0x02, 0x00, 0x04]));
    const error = await expectRejection(
      publish(
        { topic: uniqueTopic(), payload: 1 },
        { url: `mqtt://127.0.0.1:${broker.port}`, username: 'robot', password: 'hunter2-secret' },
      ),
      NonRetryableError,
    );
    expect(error.code).toBe('ACCESS_REFUSED');
    expect(error.message).toBe(
      `MQTT broker mqtt://127.0.0.1:${broker.port} refused the connection: bad user name or password`,
    );
    expect(JSON.stringify(error)).not.toContain('hunter2-secret');
  });

  it('times out with a retryable error when the broker never answers', async () => {
    const silent = await fakeBroker();
    const started = Date.now();
    const error = await expectRejection(
      publish({ topic: uniqueTopic(), payload: 1, timeoutMs: 300 }, { url: `mqtt://127.0.0.1:${silent.port}` }),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`MQTT broker mqtt://127.0.0.1:${silent.port}: timed out after 300 ms connecting`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when the run is cancelled and rethrows the cancellation', async () => {
    const silent = await fakeBroker();
    const controller = new AbortController();
    const reason = new Error('run cancelled');
    setTimeout(() => controller.abort(reason), 100);
    await expect(
      publish({ topic: uniqueTopic(), payload: 1 }, { url: `mqtt://127.0.0.1:${silent.port}` }, controller.signal),
    ).rejects.toBe(reason);
  });
});

async function unusedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Accepts TCP connections and answers the first packet with `reply`, or never
 * answers at all (a broker behind a black-holing proxy).
 */
async function fakeBroker(reply?: Buffer): Promise<{ port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    if (reply) socket.once('data', () => socket.write(reply));
  });
  const port = await listen(server);
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address !== null && typeof address === 'object') resolve(address.port);
      else reject(new Error('no TCP address'));
    }),
  );
}
