import { createHttpClient, HttpError, NonRetryableError, type ActionContext } from '@tributary/connector-sdk';
import { z } from 'zod';
import { applyGraphqlAuth, type GraphqlAuth } from './auth';

/**
 * The one place that talks to the endpoint: GraphQL over HTTP (a POST of
 * `{ query, variables, operationName }`), with the SDK client's timeouts,
 * 429/5xx retries and typed errors, and GraphQL `errors` turned into step failures.
 */

export const GraphqlOperationInput = z.strictObject({
  query: z.string().trim().min(1).describe('The GraphQL document'),
  variables: z.record(z.string(), z.unknown()).optional().describe('Values of the document’s $variables'),
  operationName: z.string().min(1).optional().describe('Which operation to run when the document holds several'),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Per attempt'),
  allowPartial: z
    .boolean()
    .default(false)
    .describe('Return partial data together with `errors` instead of failing the step'),
});
export type GraphqlOperationInput = z.input<typeof GraphqlOperationInput>;

export const GraphqlError = z.looseObject({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  locations: z.array(z.object({ line: z.number(), column: z.number() })).optional(),
  extensions: z.record(z.string(), z.unknown()).optional(),
});
export type GraphqlError = z.output<typeof GraphqlError>;

export const GraphqlOperationOutput = z.object({
  data: z.record(z.string(), z.unknown()).nullable(),
  extensions: z.record(z.string(), z.unknown()).optional(),
  errors: z.array(GraphqlError).optional().describe('Only with allowPartial, when the server reported errors'),
});
export type GraphqlOperationOutput = z.output<typeof GraphqlOperationOutput>;

const GraphqlResponse = z
  .object({
    data: z.record(z.string(), z.unknown()).nullable().optional(),
    errors: z.array(GraphqlError).optional(),
    extensions: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((response) => response.data != null || (response.errors?.length ?? 0) > 0, {
    message: 'a GraphQL response must carry data or errors',
  });

/** Extra request headers an operation sends, e.g. an idempotency key for mutations. */
export interface GraphqlOperationOptions {
  headers?: Record<string, string>;
}

/**
 * Runs one GraphQL operation against the connection's endpoint.
 *
 * @example
 * const { data } = await runGraphqlOperation(ctx, { query: '{ viewer { id } }', timeoutMs: 30_000, allowPartial: false });
 */
export async function runGraphqlOperation(
  ctx: ActionContext<GraphqlAuth>,
  input: z.output<typeof GraphqlOperationInput>,
  options: GraphqlOperationOptions = {},
): Promise<GraphqlOperationOutput> {
  const auth = applyGraphqlAuth(ctx.auth);
  const client = createHttpClient({
    logger: ctx.logger,
    signal: ctx.signal,
    throttle: ctx.throttle,
    secrets: auth.secrets,
  });
  const { query, variables, operationName } = input;
  let body;
  try {
    ({ body } = await client.request({
      method: 'POST',
      url: ctx.auth.endpoint,
      // The connection's credentials win over operation headers of the same name.
      headers: {
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...options.headers,
        ...auth.headers,
      },
      json: { query, variables, operationName },
      timeoutMs: input.timeoutMs,
      responseSchema: GraphqlResponse,
    }));
  } catch (error) {
    throw error instanceof HttpError && (error.status === 401 || error.status === 403)
      ? credentialsRejected(error)
      : error;
  }

  const errors = body.errors ?? [];
  const data = body.data ?? null;
  if (errors.length > 0 && !(input.allowPartial && data !== null)) throw graphqlErrors(errors, data !== null);
  return {
    data,
    ...(body.extensions === undefined ? {} : { extensions: body.extensions }),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** A GraphQL error is the server's verdict on this document and these variables: repeating it changes nothing. */
function graphqlErrors(errors: GraphqlError[], partialData: boolean): NonRetryableError {
  const listed = errors
    .map((error) => (error.path?.length ? `${error.message} (at ${error.path.join('.')})` : error.message))
    .join('; ');
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  const partial = partialData ? ' with partial data (set allowPartial to accept it)' : '';
  return new NonRetryableError(`GraphQL endpoint returned ${count}${partial}: ${listed}`, {
    code: 'GRAPHQL_ERRORS',
    details: { errors, partialData },
  });
}

function credentialsRejected(error: HttpError): NonRetryableError {
  return new NonRetryableError(`GraphQL endpoint rejected the connection’s credentials: ${error.message}`, {
    code: 'AUTH_FAILED',
    details: error.details,
    cause: error,
  });
}
