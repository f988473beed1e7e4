import { defineConnector } from '@tributary/connector-sdk';
import { sendRequest } from './actions/send-request.action';
import { HttpAuth } from './auth';

export const connector = defineConnector({
  name: 'http',
  version: '0.1.0',
  displayName: 'HTTP',
  description: 'Call any HTTP/JSON API, with no auth, an API key, a bearer token or basic auth.',
  auth: HttpAuth,
  actions: { request: sendRequest },
});

export default connector;
