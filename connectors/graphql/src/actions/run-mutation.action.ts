import { defineAction } from '@tributary/connector-sdk';
import { GraphqlAuth } from '../auth';
import { GraphqlOperationInput, GraphqlOperationOutput, runGraphqlOperation } from '../client';

export const runMutation = defineAction({
  name: 'mutate',
  displayName: 'Run GraphQL mutation',
  description:
    'Changes data with a GraphQL mutation; sends the step’s idempotency key so servers that support it can deduplicate retries.',
  auth: GraphqlAuth,
  input: GraphqlOperationInput,
  output: GraphqlOperationOutput,
  async run(ctx, input) {
    // Stable across retries of the step, so a server that honours it applies a retried mutation once.
    return runGraphqlOperation(ctx, input, { headers: { 'idempotency-key': ctx.idempotencyKey } });
  },
});
