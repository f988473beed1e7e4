import { defineConnector } from '@tributary/connector-sdk';
import { publishMessage } from './actions/publish-message.action';
import { MqttAuth } from './auth';
import { checkMqttConnection } from './connection-check';
import { message } from './triggers/message.trigger';

export const connector = defineConnector({
  name: 'mqtt',
  version: '0.1.0',
  displayName: 'MQTT',
  description:
    'Publish messages to an MQTT broker (Mosquitto, HiveMQ, EMQX, …) over TCP or TLS, and start flows from subscribed messages.',
  auth: MqttAuth,
  actions: { publish: publishMessage },
  check: checkMqttConnection,
  triggers: { message },
});

export default connector;
