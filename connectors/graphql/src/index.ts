import { defineConnector } from '@tributary/connector-sdk';
import { runMutation } from './actions/run-mutation.action';
import { runQuery } from './actions/run-query.action';
import { GraphqlAuth } from './auth';

export const connector = defineConnector({
  name: 'graphql',
  version: '0.1.0',
  displayName: 'GraphQL',
  description: 'Run queries and mutations against any GraphQL-over-HTTP endpoint.',
  auth: GraphqlAuth,
  actions: { query: runQuery, mutate: runMutation },
});

export default connector;
