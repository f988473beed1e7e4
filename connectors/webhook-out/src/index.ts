import { defineConnector } from '@tributary/connector-sdk';
import { sendWebhook } from './actions/send-webhook.action';
import { WebhookOutAuth } from './auth';

export const connector = defineConnector({
  name: 'webhook-out',
  version: '0.1.0',
  displayName: 'Outgoing webhook',
  description: 'Send events to any URL, signed per the Standard Webhooks spec.',
  auth: WebhookOutAuth,
  actions: { send: sendWebhook },
});

export default connector;
