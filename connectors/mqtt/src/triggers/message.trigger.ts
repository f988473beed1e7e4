import {
  defineTrigger,
  NonRetryableError,
  RetryableError,
  type TriggerEvent,
  MessageBodyFormat,
  readMessageBody,
} from '@tributary/connector-sdk';
import mqtt, { type IPublishPacket } from 'mqtt';
import { z } from 'zod';
import { MqttAuth } from '../auth';
import { contentId, MqttMessagePayload } from './message-payload';
import { describeBroker, subscriberClientOptions, subscriberConnectFailure } from './subscriber-connection';
import { matchesTopicFilter, TopicFilter } from './topic-filter';

export const MessageInput = z.strictObject({
  topic: TopicFilter,
  qos: z
    .union([z.literal(0), z.literal(1), z.literal(2)])
    .default(1)
    .describe('0 may lose messages; 1 and 2 are acknowledged only after the run started'),
  payloadFormat: MessageBodyFormat.default('json'),
  maxInFlight: z
    .number()
    .int()
    .min(1)
    .max(65_535)
    .default(20)
    .describe('Unacknowledged messages the broker may send ahead (MQTT 5 Receive Maximum)'),
  idUserProperty: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe('MQTT 5 user property holding a unique message id; without it the event id is a hash of topic and body'),
  sessionExpirySeconds: z
    .number()
    .int()
    .min(60)
    .max(4_294_967_294)
    .default(604_800)
    .describe('How long the broker keeps queued messages while no worker is connected (default 7 days)'),
});
export type MessageInput = z.input<typeof MessageInput>;

/**
 * Subscribes with a persistent MQTT 5 session named after the trigger's
 * subscriber id, so messages published while no worker listens are delivered
 * on the next subscription. A QoS 1/2 message is acknowledged (PUBACK / PUBREC)
 * only after `emit` resolved; until then the broker keeps it and redelivers it
 * to the next connection of the same session.
 *
 * mqtt.js hands incoming packets to its handlers one at a time and sends the
 * acknowledgement from the same callback that releases the next packet, so
 * messages are emitted one after another, in order: `maxInFlight` is the
 * window the broker may send ahead (Receive Maximum), not concurrent emits.
 */
export const message = defineTrigger({
  type: 'subscription',
  name: 'message',
  displayName: 'Message received',
  description: 'Starts a run for each message on an MQTT topic filter, with a persistent session (at-least-once).',
  auth: MqttAuth,
  input: MessageInput,
  payload: MqttMessagePayload,
  subscribe(ctx, input, { emit }) {
    const broker = describeBroker(ctx.auth.url);
    if (ctx.signal.aborted) return Promise.resolve();

    return new Promise<void>((resolve, reject) => {
      let finished = false;
      const deliver = async (topic: string, packet: IPublishPacket): Promise<void> => {
        if (!matchesTopicFilter(input.topic, topic)) {
          // A subscription of an earlier configuration, kept by the persistent session.
          ctx.logger.debug('mqtt: message outside the topic filter acknowledged without a run', { topic });
          return;
        }
        await emit(toEvent(topic, packet, input));
        ctx.heartbeat();
      };
      const failOn = (error: unknown): void => finish(error ?? new Error('emit failed'));

      const client = mqtt.connect(
        ctx.auth.url,
        subscriberClientOptions(ctx.auth, {
          clientId: ctx.subscriberId,
          sessionExpirySeconds: input.sessionExpirySeconds,
          receiveMaximum: input.maxInFlight,
          // QoS 1 and 2: the acknowledgement waits for `emit`; no call back at all once stopping.
          customHandleAcks: (topic, _body, packet: IPublishPacket, acknowledge) => {
            deliver(topic, packet).then(() => {
              if (!finished) acknowledge(0);
            }, failOn);
          },
        }),
      );
      // QoS 0 never passes customHandleAcks; its `handleMessage` call also holds the next packet back.
      const passOn = client.handleMessage.bind(client);
      client.handleMessage = (packet, callback) => {
        if (packet.qos !== 0) return passOn(packet, callback);
        deliver(packet.topic, packet).then(() => {
          if (!finished) callback();
        }, failOn);
      };

      const finish = (error?: unknown): void => {
        if (finished) return;
        finished = true;
        ctx.signal.removeEventListener('abort', onAbort);
        const settle = (): void => (error === undefined ? resolve() : reject(error));
        if (error !== undefined) {
          // Drop the socket: nothing more is acknowledged, the broker redelivers the rest.
          client.end(true, {}, settle);
          return;
        }
        // A clean DISCONNECT that keeps the session; unacknowledged messages stay with the broker.
        const forced = setTimeout(() => client.end(true), 5_000);
        client.end(false, { reasonCode: 0 }, () => {
          clearTimeout(forced);
          settle();
        });
      };
      const onAbort = (): void => {
        ctx.logger.info('mqtt: subscription stopped', { broker, topic: input.topic });
        finish();
      };
      ctx.signal.addEventListener('abort', onAbort, { once: true });

      client.on('error', (error) => finish(subscriberConnectFailure(error, broker)));
      client.on('close', () =>
        finish(new RetryableError(`Connection to MQTT broker ${broker} was lost`, { code: 'CONNECTION_LOST' })),
      );
      client.on('connect', (connack) => {
        client.subscribe(input.topic, { qos: input.qos }, (error, granted) => {
          if (error) {
            finish(new RetryableError(`MQTT broker ${broker} did not confirm the subscription: ${error.message}`));
            return;
          }
          const grantedQos = granted?.[0]?.qos ?? 128;
          if (grantedQos >= 128) {
            finish(
              new NonRetryableError(`MQTT broker ${broker} refused the subscription to "${input.topic}"`, {
                code: 'SUBSCRIBE_REFUSED',
                details: { reasonCode: grantedQos },
              }),
            );
            return;
          }
          ctx.logger.info('mqtt: subscribed', {
            broker,
            topic: input.topic,
            qos: grantedQos,
            sessionPresent: connack.sessionPresent,
          });
        });
      });
    });
  },
});

function toEvent(
  topic: string,
  packet: IPublishPacket,
  input: z.output<typeof MessageInput>,
): TriggerEvent<MqttMessagePayload> {
  const properties = packet.properties;
  const userProperties = properties?.userProperties;
  const payload: MqttMessagePayload = {
    topic,
    ...readMessageBody(Buffer.from(packet.payload), input.payloadFormat),
    qos: packet.qos,
    retain: packet.retain,
    ...(properties?.contentType === undefined ? {} : { contentType: properties.contentType }),
    ...(userProperties === undefined ? {} : { userProperties }),
  };
  const ownId = input.idUserProperty === undefined ? undefined : userProperties?.[input.idUserProperty];
  const id = typeof ownId === 'string' && ownId !== '' ? ownId : contentId(topic, Buffer.from(packet.payload));
  return { id, payload };
}
