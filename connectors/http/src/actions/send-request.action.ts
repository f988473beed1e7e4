import { defineAction, type HttpRequest, type HttpResponse } from '@tributary/connector-sdk';
import { z } from 'zod';
import { applyHttpAuth, HttpAuth } from '../auth';
import { createConnectionClient } from '../client';
import { Paginate, paginateRequest } from './paginate-request';

const HeaderName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a valid HTTP header name');
const HeaderValue = z.string().regex(/^[^\r\n]*$/, 'must not contain line breaks');
const Scalar = z.union([z.string(), z.number(), z.boolean()]);

export const SendRequestInput = z
  .strictObject({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).describe('HTTP method'),
    url: z.string().min(1).describe('Absolute URL, or a path relative to the connection base URL'),
    headers: z
      .record(HeaderName, HeaderValue)
      .optional()
      .describe('Request headers; the connection’s credentials win over headers of the same name'),
    query: z.record(z.string(), Scalar).optional().describe('Query parameters, added to those already in the URL'),
    body: z.unknown().optional().describe('Sent as JSON (application/json)'),
    form: z
      .record(z.string(), Scalar)
      .optional()
      .describe('Sent as a URL-encoded form (application/x-www-form-urlencoded); instead of body'),
    rawBody: z
      .string()
      .optional()
      .describe('Sent as is, e.g. XML or CSV; give its Content-Type in headers (default text/plain); instead of body'),
    idempotencyHeader: HeaderName.optional().describe(
      'Header that carries the step’s idempotency key (the same on every retry), e.g. Idempotency-Key, so the API can drop duplicate writes',
    ),
    responseType: z
      .enum(['auto', 'json', 'text', 'binary'])
      .default('auto')
      .describe('auto: JSON when the response says so, else text; json: always parse JSON; text; binary: base64'),
    paginate: Paginate.optional(),
    timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Per attempt'),
    failOnStatus: z
      .boolean()
      .default(true)
      .describe('Fail the step on a 4xx/5xx status; when false, the status is returned'),
  })
  .superRefine((input, ctx) => {
    const bodies = (['body', 'form', 'rawBody'] as const).filter((field) => input[field] !== undefined);
    for (const field of bodies.slice(1)) {
      ctx.addIssue({ code: 'custom', path: [field], message: `cannot be combined with ${bodies[0]}; send one body` });
    }
    if (input.paginate !== undefined && (input.responseType === 'text' || input.responseType === 'binary')) {
      ctx.addIssue({ code: 'custom', path: ['responseType'], message: 'must be auto or json with paginate' });
    }
    if (input.paginate !== undefined && !input.failOnStatus) {
      ctx.addIssue({ code: 'custom', path: ['failOnStatus'], message: 'must be true with paginate' });
    }
  });
export type SendRequestInput = z.input<typeof SendRequestInput>;

export const SendRequestOutput = z.object({
  status: z.number().int().describe('Status of the response (of the last page with paginate)'),
  headers: z.record(z.string(), z.string()).describe('Response headers, names lower-case'),
  body: z
    .unknown()
    .describe(
      'Parsed JSON when the response is JSON, else text; base64 for binary; with paginate, the items of all pages',
    ),
  bodyEncoding: z.literal('base64').optional().describe('Set when body is base64 (responseType binary)'),
  pages: z.number().int().optional().describe('With paginate: how many pages were fetched'),
  hasMore: z.boolean().optional().describe('With paginate: true when maxPages stopped before the last page'),
});
export type SendRequestOutput = z.output<typeof SendRequestOutput>;

export const sendRequest = defineAction({
  name: 'request',
  displayName: 'Send HTTP request',
  description:
    'Calls any HTTP API with the connection’s credentials; retries briefly on 429 and 5xx, and can follow pages.',
  auth: HttpAuth,
  input: SendRequestInput,
  output: SendRequestOutput,
  async run(ctx, input) {
    const client = createConnectionClient(ctx);
    const request = buildRequest(input, ctx.idempotencyKey, Object.keys(applyHttpAuth(ctx.auth).query));
    if (input.paginate !== undefined) {
      return paginateRequest(client, request, input.paginate, () => ctx.heartbeat());
    }
    return toOutput(await client.request(request));
  },
});

function buildRequest(
  input: z.output<typeof SendRequestInput>,
  idempotencyKey: string,
  connectionQueryParams: string[],
): HttpRequest {
  const headers: Record<string, string> = { ...input.headers };
  if (input.idempotencyHeader !== undefined) headers[input.idempotencyHeader] = idempotencyKey;
  const hasContentType = Object.keys(headers).some((name) => name.toLowerCase() === 'content-type');
  const withContentType = (type: string) => (hasContentType ? headers : { ...headers, 'content-type': type });
  // The connection's query parameters (an API key) win over the step's, as its headers do.
  const query = Object.fromEntries(
    Object.entries(input.query ?? {}).filter(([name]) => !connectionQueryParams.includes(name)),
  );
  const request: HttpRequest = {
    method: input.method,
    url: input.url,
    headers,
    query,
    timeoutMs: input.timeoutMs,
    throwOnStatus: input.failOnStatus,
    responseType: input.responseType === 'binary' ? 'bytes' : input.responseType,
  };
  if (input.form !== undefined) {
    const form = new URLSearchParams(
      Object.entries(input.form).map(([name, value]): [string, string] => [name, String(value)]),
    );
    return { ...request, headers: withContentType('application/x-www-form-urlencoded'), body: form.toString() };
  }
  if (input.rawBody !== undefined) {
    return { ...request, headers: withContentType('text/plain; charset=utf-8'), body: input.rawBody };
  }
  return input.body === undefined ? request : { ...request, json: input.body };
}

function toOutput(response: HttpResponse): SendRequestOutput {
  const { status, headers, body } = response;
  if (body instanceof Uint8Array) {
    return { status, headers, body: Buffer.from(body).toString('base64'), bodyEncoding: 'base64' };
  }
  return { status, headers, body };
}
