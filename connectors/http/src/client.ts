import {
  createHttpClient,
  mutualTlsDispatcher,
  oauth2AuthorizationCode,
  oauth2ClientCredentials,
  type ActionContext,
  type HttpAuthorizer,
  type HttpClient,
} from '@tributary/connector-sdk';
import { applyHttpAuth, type HttpAuth } from './auth';

/**
 * The HTTP client of one action run, with the connection applied: fixed
 * headers and query parameters (a step's query parameter of the same name is
 * overridden by the caller, see `send-request.action.ts`), a client-certificate pool for mutual TLS, and
 * OAuth2 tokens fetched (and refreshed once after a 401) per request. The
 * connection's credentials win over step headers of the same name.
 *
 * @example
 * const client = createConnectionClient(ctx);
 * await client.request({ method: 'GET', url: 'orders' });
 */
export function createConnectionClient(ctx: ActionContext<HttpAuth>): HttpClient {
  const auth = ctx.auth;
  const applied = applyHttpAuth(auth);
  const oauth = oauthAuthorizer(ctx);
  // Through the authorizer, whose headers win over the request's: a step cannot swap its connection's credentials.
  const authorizer: HttpAuthorizer = {
    async authorize(signal) {
      const token = await oauth?.authorize(signal);
      return {
        headers: { ...applied.headers, ...token?.headers },
        secrets: [...applied.secrets, ...(token?.secrets ?? [])],
      };
    },
    async unauthorized(rejected, signal) {
      const token = { headers: rejected.headers, secrets: rejected.secrets.slice(applied.secrets.length) };
      return (await oauth?.unauthorized?.(token, signal)) ?? false;
    },
  };
  return createHttpClient({
    baseUrl: auth.baseUrl,
    logger: ctx.logger,
    signal: ctx.signal,
    throttle: ctx.throttle,
    query: applied.query,
    secrets: [
      ...applied.secrets,
      ...(auth.type === 'mutualTls' ? [auth.key, ...(auth.passphrase === undefined ? [] : [auth.passphrase])] : []),
    ],
    secretQueryParams: applied.secretQueryParams,
    ...(auth.type === 'mutualTls' ? { dispatcher: mutualTlsDispatcher(auth) } : {}),
    authorizer,
  });
}

function oauthAuthorizer(ctx: ActionContext<HttpAuth>): HttpAuthorizer | undefined {
  const auth = ctx.auth;
  if (auth.type === 'oauth2AuthorizationCode') {
    return oauth2AuthorizationCode({ auth, connection: ctx.connection }).authorizer;
  }
  if (auth.type !== 'oauth2ClientCredentials') return undefined;
  const oauth = oauth2ClientCredentials(auth);
  return {
    async authorize(signal) {
      const token = await oauth.accessToken(signal);
      return { headers: { authorization: `Bearer ${token}` }, secrets: [token] };
    },
    // A token the server revoked before it expired: fetch a new one and try once more.
    async unauthorized(rejected) {
      oauth.invalidate(rejected.secrets[0]);
      return true;
    },
  };
}
