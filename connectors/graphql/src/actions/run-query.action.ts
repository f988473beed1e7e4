import { defineAction } from '@tributary/connector-sdk';
import { GraphqlAuth } from '../auth';
import { GraphqlOperationInput, GraphqlOperationOutput, runGraphqlOperation } from '../client';

export const runQuery = defineAction({
  name: 'query',
  displayName: 'Run GraphQL query',
  description: 'Reads data with a GraphQL query; GraphQL errors fail the step, 429 and 5xx are retried briefly.',
  auth: GraphqlAuth,
  input: GraphqlOperationInput,
  output: GraphqlOperationOutput,
  async run(ctx, input) {
    return runGraphqlOperation(ctx, input);
  },
});
