import { defineConnector } from '@tributary/connector-sdk';
import { sendRequest } from './actions/send-request.action';
import { HttpAuth } from './auth';

export const connector = defineConnector({
  name: 'http',
  version: '0.1.0',
  displayName: 'HTTP',
  description:
    'Call any HTTP API: API key, bearer, basic, custom headers, mutual TLS or OAuth2 connections; bodies, binary responses and pagination.',
  auth: HttpAuth,
  actions: { request: sendRequest },
});

export default connector;
