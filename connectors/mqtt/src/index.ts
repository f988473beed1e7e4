import { defineConnector } from '@tributary/connector-sdk';
import { publishMessage } from './actions/publish-message.action';
import { MqttAuth } from './auth';

export const connector = defineConnector({
  name: 'mqtt',
  version: '0.1.0',
  displayName: 'MQTT',
  description: 'Publish messages to an MQTT broker (Mosquitto, HiveMQ, EMQX, …), over TCP or TLS.',
  auth: MqttAuth,
  actions: { publish: publishMessage },
});

export default connector;
