import { randomUUID } from 'node:crypto';
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
import amqp, { type Channel, type ChannelModel, type Options } from 'amqplib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { AmqpConnection } from '../src/auth';
import type { MessageInput } from '../src/triggers/message.trigger';

// The machine's RabbitMQ.
const RABBIT: AmqpConnection = { url: 'amqp://127.0.0.1:5672/', username: 'guest', password: 'guest' };

let admin: ChannelModel;
let channel: Channel;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  admin = await amqp.connect('amqp://guest:guest@127.0.0.1:5672/');
  channel = await admin.createChannel();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => admin.close());

/** A queue name no other test uses; the queue (which the trigger declares) is deleted afterwards. */
function queueName(): string {
  const queue = `tributary-test.${randomUUID()}`;
  cleanups.push(() => channel.deleteQueue(queue));
  return queue;
}

interface Subscription {
  subscribed: Promise<void>;
  done: Promise<void>;
  stop(): Promise<void>;
}

function subscribe(
  input: MessageInput,
  emit: (event: TriggerEvent) => Promise<void>,
  auth: AmqpConnection = RABBIT,
): Subscription {
  const controller = new AbortController();
  let confirmed = (): void => undefined;
  const subscribed = new Promise<void>((resolve) => (confirmed = resolve));
  const logger = { ...silentLogger, info: (text: string) => text === 'amqp: subscribed' && confirmed() };
  const done = subscribeTrigger(connector, 'message', { input, auth, signal: controller.signal, emit, logger });
  done.catch(() => undefined); // observed by the tests that expect a rejection
  cleanups.push(async () => {
    controller.abort();
    await done.catch(() => undefined);
  });
  const ready = Promise.race([subscribed, done.then(() => Promise.reject(new Error('ended before subscribing')))]);
  ready.catch(() => undefined);
  return {
    subscribed: ready,
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}

function send(queue: string, body: string, options: Options.Publish = {}): void {
  channel.sendToQueue(queue, Buffer.from(body), { persistent: true, ...options });
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

describe('amqp connector: message trigger', () => {
  it('declares the queue durable, emits each message and acknowledges it once emit resolved', async () => {
    const queue = queueName();
    const { events, emit } = collector();
    const subscription = subscribe({ queue }, emit);
    await subscription.subscribed;
    expect(await channel.checkQueue(queue)).toMatchObject({ queue });

    send(queue, '{"order":1}', { messageId: 'msg-1', contentType: 'application/json', headers: { site: 'ham' } });
    send(queue, 'not json');
    await until(() => events.length >= 2, '2 events');
    await subscription.stop();

    expect(events).toEqual([
      {
        id: 'msg-1',
        payload: {
          exchange: '',
          routingKey: queue,
          payload: { order: 1 },
          format: 'json',
          contentType: 'application/json',
          messageId: 'msg-1',
          headers: { site: 'ham' },
        },
      },
      // no messageId: the platform identifies it by a hash of the payload
      { payload: { exchange: '', routingKey: queue, payload: 'not json', format: 'text' } },
    ]);
    expect((await channel.checkQueue(queue)).messageCount).toBe(0); // both acknowledged
  });

  it('keeps messages sent while nobody is subscribed and delivers them on the next subscription', async () => {
    const queue = queueName();
    const creating = subscribe({ queue }, collector().emit);
    await creating.subscribed;
    await creating.stop();

    for (let n = 0; n < 5; n++) send(queue, JSON.stringify({ n }));
    const later = collector();
    const resumed = subscribe({ queue }, later.emit);
    await until(() => later.events.length >= 5, '5 queued messages');
    await resumed.stop();

    expect(bodiesOf(later.events)).toEqual([0, 1, 2, 3, 4].map((n) => ({ n })));
  });

  it('binds the queue to an exchange and emits what is routed there', async () => {
    const queue = queueName();
    const exchange = `tributary-test.${randomUUID()}`;
    await channel.assertExchange(exchange, 'topic', { durable: false });
    cleanups.push(() => channel.deleteExchange(exchange));
    const { events, emit } = collector();
    const subscription = subscribe({ queue, bindings: [{ exchange, routingKey: 'plant.*.alarm' }] }, emit);
    await subscription.subscribed;

    channel.publish(exchange, 'plant.ham.alarm', Buffer.from('{"level":"high"}'));
    channel.publish(exchange, 'plant.ham.status', Buffer.from('{"ok":true}'));
    await until(() => events.length >= 1, 'the routed message');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await subscription.stop();

    expect(events.map((event) => event.payload)).toEqual([
      { exchange, routingKey: 'plant.ham.alarm', payload: { level: 'high' }, format: 'json' },
    ]);
  });

  it('requeues a message whose emit failed, rejects, and the next subscription gets it again', async () => {
    const queue = queueName();
    const creating = subscribe({ queue }, collector().emit);
    await creating.subscribed;
    await creating.stop();
    send(queue, '{"job":1}', { messageId: 'job-1' });

    const failing = subscribe({ queue }, async () => {
      throw new Error('could not start the run');
    });
    const error = await expectRejection(failing.done, RetryableError);
    expect(error.message).toContain('could not start the run');

    const retry = collector();
    const next = subscribe({ queue }, retry.emit);
    await until(() => retry.events.length >= 1, 'redelivery');
    await next.stop();
    expect(retry.events.map((event) => event.id)).toEqual(['job-1']);
    expect((await channel.checkQueue(queue)).messageCount).toBe(0);
  });

  it('does not acknowledge messages still being emitted when the subscription stops', async () => {
    const queue = queueName();
    const creating = subscribe({ queue }, collector().emit);
    await creating.subscribed;
    await creating.stop();
    send(queue, '{"order":7}');

    let started = 0;
    const hanging = subscribe({ queue }, () => {
      started++;
      return new Promise<void>(() => undefined);
    });
    await until(() => started === 1, 'the emit to start');
    await hanging.stop();

    const retry = collector();
    const next = subscribe({ queue }, retry.emit);
    await until(() => retry.events.length >= 1, 'redelivery');
    await next.stop();
    expect(bodiesOf(retry.events)).toEqual([{ order: 7 }]);
  });

  it('never has more than prefetch emits pending at once', async () => {
    const queue = queueName();
    const creating = subscribe({ queue }, collector().emit);
    await creating.subscribed;
    await creating.stop();
    for (let n = 0; n < 12; n++) send(queue, String(n));

    let pending = 0;
    let mostPending = 0;
    const received: unknown[] = [];
    const subscription = subscribe({ queue, prefetch: 3 }, async (event) => {
      pending++;
      mostPending = Math.max(mostPending, pending);
      await new Promise((resolve) => setTimeout(resolve, 50));
      received.push((event.payload as { payload: unknown }).payload);
      pending--;
    });
    await until(() => received.length >= 12, '12 messages');
    await subscription.stop();

    expect(mostPending).toBe(3); // the window was used, and never exceeded
    expect([...received].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 12 }, (_, n) => n));
  });

  it('fails a binding to a missing exchange as non-retryable NOT_FOUND', async () => {
    const queue = queueName();
    const subscription = subscribe({ queue, bindings: [{ exchange: `no-such-${randomUUID()}` }] }, collector().emit);
    const error = await expectRejection(subscription.done, NonRetryableError);
    expect(error.code).toBe('NOT_FOUND');
  });

  it('rejects invalid input naming each field, before connecting', async () => {
    const loaded: Connector = connector; // trigger input arrives as untyped JSON in the worker
    const error = await expectRejection(
      subscribeTrigger(loaded, 'message', {
        input: { queue: 'amq.mine', prefetch: 0, payloadFormat: 'xml', bindings: [{ routingKey: 'a' }] },
        auth: { ...RABBIT, url: 'amqp://127.0.0.1:1/' },
        signal: new AbortController().signal,
        emit: async () => undefined,
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'queue',
      'bindings.0.exchange',
      'prefetch',
      'payloadFormat',
    ]);
  });

  it('fails a wrong password as non-retryable ACCESS_REFUSED, without the password', async () => {
    const WRONG = 'amqp-Wr0ng/+=&q?7';
    const subscription = subscribe({ queue: queueName() }, collector().emit, { ...RABBIT, password: WRONG });

    const error = await expectRejection(subscription.done, NonRetryableError);

    expect(error.code).toBe('ACCESS_REFUSED');
    expect([error.message, error.stack ?? '', JSON.stringify(error)].join('\n')).not.toContain(WRONG);
  });
});
