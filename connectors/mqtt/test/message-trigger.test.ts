import { randomUUID } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import {
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  silentLogger,
  subscribeTrigger,
  type Connector,
  type TriggerEvent,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { MqttConnection } from '../src/auth';
import type { MessageInput } from '../src/triggers/message.trigger';
import { startPasswordBroker } from './password-broker';

// The machine's Mosquitto (anonymous).
const BROKER = 'mqtt://127.0.0.1:1883';
const AUTH: MqttConnection = { url: BROKER };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A unique topic namespace and subscriber id per test; the broker session is removed afterwards. */
function fixture(): { base: string; subscriberId: string } {
  const subscriberId = `tributary-test-${randomUUID()}`;
  cleanups.push(async () => {
    // Connecting with a clean start and no session expiry discards the persistent session.
    const client = await mqtt.connectAsync(BROKER, { clientId: subscriberId, clean: true, reconnectPeriod: 0 });
    await client.endAsync();
  });
  return { base: `tributary-test/${randomUUID()}`, subscriberId };
}

interface Subscription {
  /** resolves once the broker confirmed the subscription */
  subscribed: Promise<void>;
  /** what subscribeTrigger returned */
  done: Promise<void>;
  stop(): Promise<void>;
}

function subscribe(
  input: MessageInput,
  emit: (event: TriggerEvent) => Promise<void>,
  subscriberId: string,
  auth: MqttConnection = AUTH,
): Subscription {
  const controller = new AbortController();
  let confirmed = (): void => undefined;
  const subscribed = new Promise<void>((resolve) => (confirmed = resolve));
  const logger = { ...silentLogger, info: (text: string) => text === 'mqtt: subscribed' && confirmed() };
  const done = subscribeTrigger(connector, 'message', {
    input,
    auth,
    signal: controller.signal,
    emit,
    subscriberId,
    logger,
  });
  done.catch(() => undefined); // observed by the tests that expect a rejection
  cleanups.push(async () => {
    controller.abort();
    await done.catch(() => undefined);
  });
  const ready = Promise.race([subscribed, done.then(() => Promise.reject(new Error('ended before subscribing')))]);
  ready.catch(() => undefined); // a test that expects the subscription to fail never awaits it
  return {
    subscribed: ready,
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}

async function publish(messages: { topic: string; body: string; qos?: 0 | 1 }[]): Promise<void> {
  const client = await mqtt.connectAsync(BROKER, { reconnectPeriod: 0 });
  try {
    for (const { topic, body, qos = 1 } of messages) await client.publishAsync(topic, body, { qos });
  } finally {
    await client.endAsync();
  }
}

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function collector(): { events: TriggerEvent[]; emit: (event: TriggerEvent) => Promise<void> } {
  const events: TriggerEvent[] = [];
  return { events, emit: async (event) => void events.push(event) };
}

const bodiesOf = (events: TriggerEvent[]) => events.map((event) => (event.payload as { payload: unknown }).payload);

describe('mqtt connector: message trigger', () => {
  it('emits QoS 1 messages on a + filter in order, JSON parsed, non-JSON as text', async () => {
    const { base, subscriberId } = fixture();
    const { events, emit } = collector();
    const subscription = subscribe({ topic: `${base}/+/temperature` }, emit, subscriberId);
    await subscription.subscribed;

    await publish([
      { topic: `${base}/pump-1/temperature`, body: '{"celsius":71.5}' },
      { topic: `${base}/pump-1/pressure`, body: '{"bar":2}' },
      { topic: `${base}/pump-2/temperature`, body: 'sensor offline' },
      { topic: `${base}/pump-3/temperature`, body: '{"celsius":40}' },
    ]);
    await until(() => events.length >= 3, '3 events');
    await subscription.stop();

    expect(events.map((event) => event.payload)).toEqual([
      { topic: `${base}/pump-1/temperature`, payload: { celsius: 71.5 }, format: 'json', qos: 1, retain: false },
      { topic: `${base}/pump-2/temperature`, payload: 'sensor offline', format: 'text', qos: 1, retain: false },
      { topic: `${base}/pump-3/temperature`, payload: { celsius: 40 }, format: 'json', qos: 1, retain: false },
    ]);
    // no stable MQTT message id exists: the id is a content hash, the same for a redelivery
    expect(events[0]?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
  });

  it('emits every level below a # filter, QoS 0 messages included', async () => {
    const { base, subscriberId } = fixture();
    const { events, emit } = collector();
    const subscription = subscribe({ topic: `${base}/#`, payloadFormat: 'base64' }, emit, subscriberId);
    await subscription.subscribed;

    await publish([
      { topic: `${base}/a/b/c`, body: 'deep', qos: 0 },
      { topic: `${base}/a`, body: 'shallow' },
      { topic: `${base}-other/a`, body: 'elsewhere' },
    ]);
    await until(() => events.length >= 2, '2 events');
    await subscription.stop();

    expect(events.map((event) => event.payload)).toEqual([
      {
        topic: `${base}/a/b/c`,
        payload: Buffer.from('deep').toString('base64'),
        format: 'base64',
        qos: 0,
        retain: false,
      },
      {
        topic: `${base}/a`,
        payload: Buffer.from('shallow').toString('base64'),
        format: 'base64',
        qos: 1,
        retain: false,
      },
    ]);
  });

  it('emits a QoS 2 message exactly once, acknowledging it only after emit', async () => {
    const { base, subscriberId } = fixture();
    const { events, emit } = collector();
    const subscription = subscribe({ topic: `${base}/orders`, qos: 2 }, emit, subscriberId);
    await subscription.subscribed;

    const client = await mqtt.connectAsync(BROKER, { reconnectPeriod: 0 });
    await client.publishAsync(`${base}/orders`, '{"order":1}', { qos: 2 });
    await client.endAsync();
    await until(() => events.length >= 1, 'the QoS 2 message');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await subscription.stop();

    expect(events.map((event) => event.payload)).toEqual([
      { topic: `${base}/orders`, payload: { order: 1 }, format: 'json', qos: 2, retain: false },
    ]);
  });

  it('keeps the session: 50 messages published while stopped arrive on the next subscription', async () => {
    const { base, subscriberId } = fixture();
    const first = collector();
    const creating = subscribe({ topic: `${base}/readings` }, first.emit, subscriberId);
    await creating.subscribed;
    await creating.stop();

    await publish(Array.from({ length: 50 }, (_, n) => ({ topic: `${base}/readings`, body: JSON.stringify({ n }) })));
    const second = collector();
    const resumed = subscribe({ topic: `${base}/readings` }, second.emit, subscriberId);
    await until(() => second.events.length >= 50, '50 queued messages');
    await resumed.stop();

    expect(first.events).toEqual([]);
    expect(bodiesOf(second.events)).toEqual(Array.from({ length: 50 }, (_, n) => ({ n })));
  });

  it('does not acknowledge a message whose emit failed: the subscription rejects and the next one gets it again', async () => {
    const { base, subscriberId } = fixture();
    const delivered: unknown[] = [];
    const failing = subscribe(
      { topic: `${base}/jobs` },
      async (event) => {
        const body = (event.payload as { payload: unknown }).payload;
        delivered.push(body);
        if (JSON.stringify(body) === '{"job":2}') throw new Error('could not start the run');
      },
      subscriberId,
    );
    await failing.subscribed;
    await publish([1, 2, 3].map((job) => ({ topic: `${base}/jobs`, body: JSON.stringify({ job }) })));

    const error = await expectRejection(failing.done, RetryableError);
    expect(error.message).toContain('could not start the run');
    expect(delivered).toEqual([{ job: 1 }, { job: 2 }]);

    const retry = collector();
    const next = subscribe({ topic: `${base}/jobs` }, retry.emit, subscriberId);
    await until(() => retry.events.length >= 2, 'redelivery');
    await next.stop();
    expect(bodiesOf(retry.events)).toEqual([{ job: 2 }, { job: 3 }]);
  });

  it('on abort disconnects without acknowledging the message still being emitted', async () => {
    const { base, subscriberId } = fixture();
    let started = 0;
    const hanging = subscribe(
      { topic: `${base}/slow` },
      () => {
        started++;
        return new Promise<void>(() => undefined); // the run never gets started before the worker stops
      },
      subscriberId,
    );
    await hanging.subscribed;
    await publish([{ topic: `${base}/slow`, body: '{"order":7}' }]);
    await until(() => started === 1, 'the emit to start');

    await hanging.stop(); // resolves although emit is still pending

    const retry = collector();
    const next = subscribe({ topic: `${base}/slow` }, retry.emit, subscriberId);
    await until(() => retry.events.length >= 1, 'redelivery');
    await next.stop();
    expect(bodiesOf(retry.events)).toEqual([{ order: 7 }]);
  });

  it('never has more than maxInFlight emits pending, and still delivers everything in order', async () => {
    const { base, subscriberId } = fixture();
    let pending = 0;
    let mostPending = 0;
    const received: unknown[] = [];
    const subscription = subscribe(
      { topic: `${base}/burst`, maxInFlight: 5 },
      async (event) => {
        pending++;
        mostPending = Math.max(mostPending, pending);
        await new Promise((resolve) => setTimeout(resolve, 20));
        received.push((event.payload as { payload: unknown }).payload);
        pending--;
      },
      subscriberId,
    );
    await subscription.subscribed;

    await publish(Array.from({ length: 20 }, (_, n) => ({ topic: `${base}/burst`, body: String(n) })));
    await until(() => received.length >= 20, '20 messages');
    await subscription.stop();

    expect(mostPending).toBeGreaterThanOrEqual(1);
    expect(mostPending).toBeLessThanOrEqual(5);
    expect(received).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('rejects with a retryable error when the broker connection is lost', async () => {
    const proxy = await startProxy(1883);
    cleanups.push(() => proxy.close());
    const { base, subscriberId } = fixture();
    const subscription = subscribe({ topic: `${base}/x` }, collector().emit, subscriberId, { url: proxy.url });
    await subscription.subscribed;

    proxy.dropConnections();

    const error = await expectRejection(subscription.done, RetryableError);
    expect(error.code).toBe('CONNECTION_LOST');
  });

  it('rejects invalid input naming each field, before connecting', async () => {
    const loaded: Connector = connector; // trigger input arrives as untyped JSON in the worker
    const error = await expectRejection(
      subscribeTrigger(loaded, 'message', {
        input: { topic: 'plant/#/temperature', qos: 3, payloadFormat: 'xml', maxInFlight: 0 },
        auth: { url: 'mqtt://127.0.0.1:1' },
        signal: new AbortController().signal,
        emit: async () => undefined,
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['topic', 'qos', 'payloadFormat', 'maxInFlight']);
  });

  it('fails rejected credentials as non-retryable ACCESS_REFUSED, without the password', async () => {
    const SECRET = 'mq-S3cret/+=&q?7';
    const WRONG = 'mq-Wr0ng/+=&q?7';
    const broker = await startPasswordBroker('plant', SECRET);
    cleanups.push(() => broker.stop());
    const { base, subscriberId } = fixture();

    const allowed = subscribe({ topic: `${base}/x` }, collector().emit, `${subscriberId}-ok`, {
      url: broker.url,
      username: 'plant',
      password: SECRET,
    });
    await allowed.subscribed;
    await allowed.stop();

    const refused = subscribe({ topic: `${base}/x` }, collector().emit, subscriberId, {
      url: broker.url,
      username: 'plant',
      password: WRONG,
    });
    const error = await expectRejection(refused.done, NonRetryableError);
    expect(error.code).toBe('ACCESS_REFUSED');
    // Mosquitto 2.0 answers a wrong password with 135 (not authorized); others send 134 (bad user name or password)
    expect([134, 135]).toContain((error.details as { reasonCode: number }).reasonCode);
    const visible = [error.message, error.stack ?? '', JSON.stringify(error)].join('\n');
    expect(visible).not.toContain(WRONG);
    expect(visible).not.toContain(SECRET);
  });
});

/** A TCP proxy to the broker whose connections the test can cut, as a network failure would. */
async function startProxy(port: number): Promise<{ url: string; dropConnections(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('proxy has no port');
  return {
    url: `mqtt://127.0.0.1:${address.port}`,
    dropConnections: () => sockets.forEach((socket) => socket.destroy()),
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}
