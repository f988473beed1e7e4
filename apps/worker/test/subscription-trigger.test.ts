import { randomBytes } from 'node:crypto';
import { SUBSCRIPTION_TRIGGER_WORKFLOW, triggerWorkflowId } from '@tributary/workflows/run-flow.contract';
import mqtt from 'mqtt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTriggerTestEnv, runsOf, type TriggerTestEnv } from './trigger-test-env';
import { waitFor } from './worker-process';

/**
 * An MQTT subscription trigger on the real Mosquitto broker, consumed by real
 * worker processes on the real Temporal dev server. 1,000 QoS 1 messages are
 * published while worker A consumes; A is SIGKILLed in the middle and worker
 * B takes the subscription over (Temporal restarts the consumer once A's
 * heartbeats stop). The broker keeps what A never acknowledged for the
 * persistent session, and runs are started under ids derived from the
 * messages, so 1,000 messages make exactly 1,000 runs.
 */

const BROKER = 'mqtt://127.0.0.1:1883';
const MESSAGES = 1000;
const suffix = randomBytes(4).toString('hex');
let env: TriggerTestEnv;

beforeAll(async () => {
  env = await createTriggerTestEnv(`subscribe-${suffix}`);
});

afterAll(async () => {
  await env?.close();
});

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('an MQTT subscription trigger whose worker is restarted mid-stream', () => {
  it(
    `turns ${MESSAGES} QoS 1 messages into ${MESSAGES} runs, none lost or repeated`,
    { timeout: 300_000 },
    async () => {
      const connection = `mosquitto-${suffix}`;
      await env.createConnection({ name: connection, connector: 'mqtt', secrets: {}, config: { url: BROKER } });
      const topicRoot = `plant-${suffix}`;
      const slug = `telemetry-${suffix}`;
      const { triggerId } = await env.publishFlow(slug, {
        schemaVersion: 1,
        trigger: {
          kind: 'subscription',
          connector: 'mqtt',
          trigger: 'message',
          connection,
          input: { topic: `${topicRoot}/+/telemetry`, qos: 1 },
        },
        steps: [
          {
            id: 'reading',
            kind: 'map',
            source: '=$trigger.payload',
            mapping: { rules: [{ target: 'seq', source: 'seq' }] },
          },
        ],
      });

      const workerA = await env.startWorker('worker A');
      cleanups.push(() => workerA.kill());
      const trigger = await env.client.workflow.start(SUBSCRIPTION_TRIGGER_WORKFLOW, {
        taskQueue: env.taskQueue,
        workflowId: triggerWorkflowId(triggerId),
        args: [{ triggerId, heartbeatTimeoutSeconds: 3 }],
      });
      cleanups.push(() => trigger.terminate('test over').catch(() => undefined));

      const publisher = await mqtt.connectAsync(BROKER, { clientId: `publisher-${suffix}` });
      cleanups.push(() => publisher.endAsync());
      const publish = (seq: number) =>
        publisher.publishAsync(
          `${topicRoot}/line-${seq % 4}/telemetry`,
          JSON.stringify({ seq, celsius: 20 + (seq % 7) }),
          {
            qos: 1,
          },
        );
      // A first message proves the consumer (and so the broker's persistent session) exists.
      await waitFor(
        async () => {
          await publish(0);
          return waitFor(async () => (await runsOf(env, triggerId)) > 0, 'the first run', 2_000).catch(() => false);
        },
        'the subscription to consume',
        60_000,
      );
      const before = await runsOf(env, triggerId);

      const publishing = (async () => {
        for (let seq = 1; seq <= MESSAGES; seq += 1) await publish(seq);
      })();
      await waitFor(async () => (await runsOf(env, triggerId)) >= before + 150, '150 runs', 120_000);
      await workerA.kill();
      const atCrash = await runsOf(env, triggerId);
      const workerB = await env.startWorker('worker B');
      cleanups.push(() => workerB.kill());
      await publishing;
      expect(atCrash - before).toBeLessThan(MESSAGES);

      await waitFor(async () => (await runsOf(env, triggerId)) >= before + MESSAGES, `${MESSAGES} runs`, 240_000);
      // Redeliveries of messages whose runs had started arrive now, if at all.
      await new Promise((resolve) => setTimeout(resolve, 3_000));

      const runs = await env.prisma.run.findMany({ where: { triggerId }, select: { workflowId: true } });
      const seqs = await Promise.all(
        runs.map(async (run) => {
          const result = (await env.client.workflow.getHandle(run.workflowId).result()) as { output: { seq: number } };
          return result.output.seq;
        }),
      );
      const published = seqs.filter((seq) => seq > 0).sort((a, b) => a - b);
      expect(published).toEqual(Array.from({ length: MESSAGES }, (_, index) => index + 1));
    },
  );
});
