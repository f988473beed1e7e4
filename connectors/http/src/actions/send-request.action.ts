import { createHttpClient, defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { applyHttpAuth, HttpAuth } from '../auth';

const HeaderName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a valid HTTP header name');
const HeaderValue = z.string().regex(/^[^\r\n]*$/, 'must not contain line breaks');

export const SendRequestInput = z.strictObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: z.string().min(1).describe('Absolute URL, or a path relative to the connection base URL'),
  headers: z.record(HeaderName, HeaderValue).optional(),
  query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  body: z.unknown().optional().describe('Sent as JSON'),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Per attempt'),
  failOnStatus: z
    .boolean()
    .default(true)
    .describe('Fail the step on a 4xx/5xx status; when false, the status is returned'),
});
export type SendRequestInput = z.input<typeof SendRequestInput>;

export const SendRequestOutput = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown().describe('Parsed JSON when the response is JSON, else text'),
});
export type SendRequestOutput = z.output<typeof SendRequestOutput>;

export const sendRequest = defineAction({
  name: 'request',
  displayName: 'Send HTTP request',
  description: 'Calls any HTTP API with the connection’s credentials; retries briefly on 429 and 5xx.',
  auth: HttpAuth,
  input: SendRequestInput,
  output: SendRequestOutput,
  async run(ctx, input) {
    const auth = applyHttpAuth(ctx.auth);
    const client = createHttpClient({
      baseUrl: ctx.auth.baseUrl,
      logger: ctx.logger,
      signal: ctx.signal,
      secrets: auth.secrets,
      secretQueryParams: auth.secretQueryParams,
    });
    const response = await client.request({
      method: input.method,
      url: input.url,
      // The connection's credentials win over step headers of the same name.
      headers: { ...input.headers, ...auth.headers },
      query: { ...input.query, ...auth.query },
      json: input.body,
      timeoutMs: input.timeoutMs,
      throwOnStatus: input.failOnStatus,
    });
    return { status: response.status, headers: response.headers, body: response.body };
  },
});
