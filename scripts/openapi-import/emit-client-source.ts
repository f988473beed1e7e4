import type { ConnectionScheme } from './connection-schemes';

export interface ClientSourceOptions {
  header: string;
  authName: string;
  /** e.g. `callPetstore` */
  callName: string;
  apiTitle: string;
  schemes: ConnectionScheme[];
}

/**
 * `src/client.ts`: the one function every action calls. It fills the path
 * template, encodes the query, applies the connection's credentials and sends
 * the request through the SDK's HTTP client, which brings the timeouts,
 * retries on 429/503 (honouring Retry-After), typed errors and secret redaction.
 */
export function emitClientSource(options: ClientSourceOptions): string {
  const { authName, callName, schemes } = options;
  const oauth = schemes.find((scheme) => scheme.kind === 'oauth2ClientCredentials');
  const sdkImports = [
    'createHttpClient',
    ...(oauth ? ['HttpError', 'oauth2ClientCredentials'] : []),
    'type ActionContext',
    'type HttpClientOptions',
    'type HttpMethod',
    ...(oauth ? ['type OAuth2ClientCredentials'] : []),
  ];
  const send = oauth ? 'sendOnce' : callName;
  return `${options.header}
import { ${sdkImports.join(', ')} } from '@tributary/connector-sdk';
import type { z } from 'zod';
import type { ${authName} } from './auth';

/** One operation call, as the actions describe it. */
export interface ApiRequest<TSchema extends z.ZodType> {
  method: HttpMethod;
  /** the path template from the document, e.g. \`/pet/{petId}\` */
  path: string;
  pathParams?: Record<string, unknown>;
  query?: Record<string, unknown>;
  /** query arrays sent as one comma-separated value (\`explode: false\`) instead of a repeated parameter */
  commaSeparated?: readonly string[];
  headers?: Record<string, unknown>;
  json?: unknown;
  /** checks the success body; a mismatch is a non-retryable UNEXPECTED_RESPONSE */
  responseSchema: TSchema;
}

type Context = Pick<ActionContext<${authName}>, 'auth' | 'logger' | 'signal'>;
${oauth ? oauthCallSource(callName, options.apiTitle, oauth.type) : ''}
/**
 * Calls ${options.apiTitle} with the connection's credentials and returns the parsed body.
 * 4xx answers throw a non-retryable \`HttpError\`; 429, 5xx, timeouts and network
 * failures are retried a few times and then thrown as retryable errors.
 */
${oauth ? '' : 'export '}async function ${send}<TSchema extends z.ZodType>(
  ctx: Context,
  request: ApiRequest<TSchema>,
): Promise<z.output<TSchema>> {
  const http = createHttpClient({
    baseUrl: ctx.auth.baseUrl,
    logger: ctx.logger,
    signal: ctx.signal,
    ...(await credentials(ctx)),
  });
  const { body } = await http.request({
    method: request.method,
    url: requestUrl(request),
    headers: headerValues(request.headers),
    json: request.json,
    responseSchema: request.responseSchema,
  });
  return body;
}

/** What the connection adds to every request, and the values to keep out of errors and logs. */
async function credentials(
  ctx: Context,
): Promise<Pick<HttpClientOptions, 'headers' | 'query' | 'secrets' | 'secretQueryParams'>> {
  const auth = ctx.auth;
  switch (auth.type) {
    case 'none':
      return {};
${schemes.map(credentialCase).join('\n')}
  }
}
${oauth ? oauthClientSource(authName, oauth.type) : ''}
function requestUrl(request: ApiRequest<z.ZodType>): string {
  const path = request.path.replace(/\\{([^}]+)\\}/g, (_, name: string) =>
    encodeURIComponent(String(request.pathParams?.[name])),
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && request.commaSeparated?.includes(name)) query.append(name, value.map(text).join(','));
    else if (Array.isArray(value)) for (const item of value) query.append(name, text(item));
    else query.append(name, text(value));
  }
  const search = query.toString();
  return search === '' ? path : \`\${path}?\${search}\`;
}

function headerValues(headers: Record<string, unknown> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && value !== null) values[name] = text(value);
  return values;
}

/** Objects in a query or header are sent as JSON: OpenAPI's deepObject style has no one reading. */
function text(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
`;
}

function credentialCase(scheme: ConnectionScheme): string {
  const label = `    case ${JSON.stringify(scheme.type)}:`;
  switch (scheme.kind) {
    case 'apiKey':
      return scheme.in === 'header'
        ? `${label}\n      return { headers: { ${JSON.stringify(scheme.parameterName.toLowerCase())}: auth.apiKey }, secrets: [auth.apiKey] };`
        : `${label}\n      return { query: { ${JSON.stringify(scheme.parameterName)}: auth.apiKey }, secrets: [auth.apiKey], secretQueryParams: [${JSON.stringify(scheme.parameterName)}] };`;
    case 'bearer':
      return `${label}\n      return { headers: { authorization: \`Bearer \${auth.token}\` }, secrets: [auth.token] };`;
    case 'basic':
      return `${label} {
      const encoded = Buffer.from(\`\${auth.username}:\${auth.password}\`).toString('base64');
      return { headers: { authorization: \`Basic \${encoded}\` }, secrets: [auth.password, encoded] };
    }`;
    case 'oauth2ClientCredentials':
      return `${label} {
      const token = await oauth2Client(auth).accessToken(ctx.signal);
      return { headers: { authorization: \`Bearer \${token}\` }, secrets: [auth.clientSecret, token] };
    }`;
  }
}

function oauthCallSource(callName: string, apiTitle: string, type: string): string {
  return `
/**
 * Calls ${apiTitle} and returns the parsed body. A 401 with an OAuth2 token means the
 * token was revoked or expired early: it is renewed and the call repeated once.
 */
export async function ${callName}<TSchema extends z.ZodType>(
  ctx: Context,
  request: ApiRequest<TSchema>,
): Promise<z.output<TSchema>> {
  try {
    return await sendOnce(ctx, request);
  } catch (error) {
    if (ctx.auth.type !== ${JSON.stringify(type)} || !(error instanceof HttpError && error.status === 401)) throw error;
    oauth2Client(ctx.auth).invalidate();
    return sendOnce(ctx, request);
  }
}
`;
}

function oauthClientSource(authName: string, type: string): string {
  return `
function oauth2Client(auth: Extract<${authName}, { type: ${JSON.stringify(type)} }>): OAuth2ClientCredentials {
  return oauth2ClientCredentials({
    tokenUrl: auth.tokenUrl,
    clientId: auth.clientId,
    clientSecret: auth.clientSecret,
    scope: auth.scope,
  });
}
`;
}
