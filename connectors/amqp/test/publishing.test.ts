import { randomUUID } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import {
  executeAction,
  InvalidConnectionError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import amqp, { type Channel, type ChannelModel, type GetMessage } from 'amqplib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { PublishMessageInput } from '../src/actions/publish-message.action';
import type { SendToQueueInput } from '../src/actions/send-to-queue.action';
import type { AmqpConnection } from '../src/auth';

// The machine's RabbitMQ.
const RABBIT: AmqpConnection = { url: 'amqp://127.0.0.1:5672/', username: 'guest', password: 'guest' };
const IDEMPOTENCY_KEY = 'run_test:step_amqp';

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

/** A unique queue per test, deleted afterwards. */
async function testQueue(): Promise<string> {
  const { queue } = await channel.assertQueue(`tributary-test.${randomUUID()}`, { durable: true });
  cleanups.push(() => channel.deleteQueue(queue));
  return queue;
}

/** A unique topic exchange with a queue bound to `pattern`, both deleted afterwards. */
async function boundExchange(pattern: string): Promise<{ exchange: string; queue: string }> {
  const exchange = `tributary-test.${randomUUID()}`;
  await channel.assertExchange(exchange, 'topic', { durable: false });
  cleanups.push(() => channel.deleteExchange(exchange));
  const queue = await testQueue();
  await channel.bindQueue(queue, exchange, pattern);
  return { exchange, queue };
}

async function takeOne(queue: string): Promise<GetMessage> {
  const message = await channel.get(queue, { noAck: true });
  if (message === false) throw new Error(`queue ${queue} is empty`);
  return message;
}

async function messageCount(queue: string): Promise<number> {
  return (await channel.checkQueue(queue)).messageCount;
}

function publish(input: PublishMessageInput, auth: AmqpConnection = RABBIT) {
  return executeAction(connector, 'publish', { input, auth, idempotencyKey: IDEMPOTENCY_KEY });
}

function send(input: SendToQueueInput, auth: AmqpConnection = RABBIT, signal?: AbortSignal) {
  return executeAction(connector, 'sendToQueue', {
    input,
    auth,
    idempotencyKey: IDEMPOTENCY_KEY,
    ...(signal ? { signal } : {}),
  });
}

describe('amqp connector: publish action', () => {
  it('delivers a persistent JSON message with headers, keyed by the idempotency key by default', async () => {
    const { exchange, queue } = await boundExchange('plant.*.work-orders');
    const event = { workOrder: 'WO-4711', machine: 'press-07', status: 'released', qty: 120 };

    const output = await publish({
      exchange,
      routingKey: 'plant.ham-01.work-orders',
      payload: event,
      headers: { site: 'ham-01', priority: 2, urgent: true },
    });

    expect(output).toEqual({ exchange, routingKey: 'plant.ham-01.work-orders', messageId: IDEMPOTENCY_KEY });
    const message = await takeOne(queue);
    expect(JSON.parse(message.content.toString('utf8'))).toEqual(event);
    expect(message.fields).toMatchObject({ exchange, routingKey: 'plant.ham-01.work-orders' });
    expect(message.properties).toMatchObject({
      contentType: 'application/json',
      deliveryMode: 2,
      messageId: IDEMPOTENCY_KEY,
      headers: { site: 'ham-01', priority: 2, urgent: true },
    });
    expect(await messageCount(queue)).toBe(0);
  });

  it('fails clearly, without retrying, when the exchange does not exist', async () => {
    const exchange = `tributary-test.missing-${randomUUID()}`;
    const error = await expectRejection(publish({ exchange, routingKey: 'x', payload: 1 }), NonRetryableError);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(
      `RabbitMQ at amqp://127.0.0.1:5672/ rejected the operation: NOT_FOUND - no exchange '${exchange}' in vhost '/'`,
    );
  });

  it('fails when no queue is bound for the routing key instead of losing the message', async () => {
    const { exchange } = await boundExchange('plant.*.work-orders');
    const error = await expectRejection(
      publish({ exchange, routingKey: 'office.printer', payload: 1 }),
      NonRetryableError,
    );
    expect(error.code).toBe('UNROUTABLE');
    expect(error.message).toBe(
      `No queue is bound to receive the message for exchange "${exchange}" with routing key "office.printer"`,
    );
  });

  it('rejects invalid input, naming each field, and publishes nothing', async () => {
    const queue = await testQueue();
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker
    const error = await expectRejection(
      executeAction(loaded, 'publish', {
        input: { routingKey: queue, payload: 1, persistent: 'yes', headers: { '': 1 }, timeoutMs: 0 },
        auth: RABBIT,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['persistent', 'headers.', 'timeoutMs']);
    expect(await messageCount(queue)).toBe(0);
  });
});

describe('amqp connector: sendToQueue action', () => {
  it('sends a text payload as is, with the given message id', async () => {
    const queue = await testQueue();
    const output = await send({ queue, payload: 'temperature=71.5', contentType: 'text/plain', messageId: 'msg-1' });

    expect(output).toEqual({ queue, messageId: 'msg-1' });
    const message = await takeOne(queue);
    expect(message.content.toString('utf8')).toBe('temperature=71.5');
    expect(message.properties).toMatchObject({ contentType: 'text/plain', messageId: 'msg-1' });
  });

  it('declares a missing queue when assertQueue is set', async () => {
    const queue = `tributary-test.${randomUUID()}`;
    cleanups.push(() => channel.deleteQueue(queue));
    await send({ queue, assertQueue: true, payload: { n: 1 }, persistent: false });
    const message = await takeOne(queue);
    expect(JSON.parse(message.content.toString('utf8'))).toEqual({ n: 1 });
    expect(message.properties.deliveryMode).toBe(1);
  });

  it('reports a message the broker nacks as a retryable error', async () => {
    // A full queue that rejects new messages makes RabbitMQ nack the publish.
    const queue = `tributary-test.${randomUUID()}`;
    await channel.assertQueue(queue, { arguments: { 'x-max-length': 0, 'x-overflow': 'reject-publish' } });
    cleanups.push(() => channel.deleteQueue(queue));
    const error = await expectRejection(send({ queue, payload: 1 }), RetryableError);
    expect(error.code).toBe('NACKED');
    expect(error.message).toBe(`RabbitMQ did not accept the message for queue "${queue}" (nack)`);
  });

  it('fails when the queue does not exist', async () => {
    const queue = `tributary-test.missing-${randomUUID()}`;
    const error = await expectRejection(send({ queue, payload: 1 }), NonRetryableError);
    expect(error.code).toBe('UNROUTABLE');
    expect(error.message).toBe(`No queue is bound to receive the message for queue "${queue}"`);
  });
});

describe('amqp connector: connection failures', () => {
  const PASSWORD = 'not-the-guest-password-9f3a';

  it('reports a refused connection (wrong port) as a retryable error', async () => {
    const port = await unusedPort();
    const error = await expectRejection(
      send({ queue: 'q', payload: 1 }, { ...RABBIT, url: `amqp://127.0.0.1:${port}/` }),
      RetryableError,
    );
    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toContain(`Could not connect to RabbitMQ at amqp://127.0.0.1:${port}/:`);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('reports a wrong password as a non-retryable error that does not contain it', async () => {
    const queue = await testQueue();
    const error = await expectRejection(
      send({ queue, payload: 1 }, { ...RABBIT, password: PASSWORD }),
      NonRetryableError,
    );
    expect(error.code).toBe('ACCESS_REFUSED');
    expect(error.message).toBe(
      'RabbitMQ at amqp://127.0.0.1:5672/ refused the login of user "guest" (ACCESS_REFUSED): check the username and password',
    );
    expect([error.message, error.stack, JSON.stringify(error)].join('\n')).not.toContain(PASSWORD);
    expect(await messageCount(queue)).toBe(0);
  });

  it('rejects a connection URL that embeds credentials, without echoing them', async () => {
    const error = await expectRejection(
      send({ queue: 'q', payload: 1 }, { ...RABBIT, url: `amqp://guest:${PASSWORD}@127.0.0.1:5672/` }),
      InvalidConnectionError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['url']);
    expect(error.message).not.toContain(PASSWORD);
  });

  it('times out with a retryable error when the broker never answers', async () => {
    const silent = await silentServer();
    const started = Date.now();
    const error = await expectRejection(
      send({ queue: 'q', payload: 1, timeoutMs: 300 }, { ...RABBIT, url: `amqp://127.0.0.1:${silent.port}/` }),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`RabbitMQ at amqp://127.0.0.1:${silent.port}/: timed out after 300 ms connecting`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when the run is cancelled and rethrows the cancellation', async () => {
    const silent = await silentServer();
    const controller = new AbortController();
    const reason = new Error('run cancelled');
    setTimeout(() => controller.abort(reason), 100);
    await expect(
      send({ queue: 'q', payload: 1 }, { ...RABBIT, url: `amqp://127.0.0.1:${silent.port}/` }, controller.signal),
    ).rejects.toBe(reason);
  });
});

async function unusedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Accepts TCP connections and never answers, like a broker behind a black-holing proxy. */
async function silentServer(): Promise<{ port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => void sockets.add(socket));
  const port = await listen(server);
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port };
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve, reject) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address !== null && typeof address === 'object') resolve(address.port);
      else reject(new Error('no TCP address'));
    }),
  );
}
