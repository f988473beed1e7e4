import { defineConnector } from '@tributary/connector-sdk';
import { publishMessage } from './actions/publish-message.action';
import { sendToQueue } from './actions/send-to-queue.action';
import { AmqpAuth } from './auth';
import { checkAmqpConnection } from './connection-check';
import { message } from './triggers/message.trigger';

export const connector = defineConnector({
  name: 'amqp',
  version: '0.1.0',
  displayName: 'RabbitMQ (AMQP)',
  description:
    'Publish messages to RabbitMQ or any AMQP 0-9-1 broker with publisher confirms, and start flows from queued messages.',
  auth: AmqpAuth,
  actions: { publish: publishMessage, sendToQueue },
  check: checkAmqpConnection,
  triggers: { message },
});

export default connector;
