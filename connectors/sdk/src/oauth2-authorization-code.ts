import { z } from 'zod';
import type { ConnectionHandle } from './connection-handle';
import { ConnectorError, NonRetryableError } from './errors';
import type { HttpAuthorization, HttpAuthorizer } from './http-authorizer';
import { requestOAuth2Token } from './oauth2-token-endpoint';
import { secret } from './secret-fields';

/**
 * The connection fields of an OAuth2 authorization-code connection, to spread
 * into a connector's auth schema. The platform's "connect" flow fills in the
 * tokens; `oauth2AuthorizationCode` keeps them fresh and stores them back.
 *
 * @example
 * export const CrmAuth = z.object({ baseUrl: z.url(), ...OAuth2AuthorizationCodeFields.shape });
 */
export const OAuth2AuthorizationCodeFields = z.object({
  authorizeUrl: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('Authorization endpoint the user is sent to by "Connect"; needed to connect from Tributary'),
  authorizeParams: z
    .record(z.string(), z.string())
    .optional()
    .describe('Extra authorization request parameters, e.g. access_type = offline'),
  tokenUrl: z.url({ protocol: /^https?$/ }).describe('Token endpoint of the authorization server'),
  clientId: z.string().min(1).describe('OAuth2 client id'),
  clientSecret: secret(z.string().min(1)).describe('OAuth2 client secret'),
  clientAuthentication: z
    .enum(['client_secret_basic', 'client_secret_post'])
    .optional()
    .describe('How the client authenticates at the token endpoint; default HTTP Basic'),
  scope: z.string().optional().describe('Space-separated scopes granted to the connection'),
  // readOnly: the platform fills these in ("Connect", refreshes); forms do not ask for them
  accessToken: secret(z.string().min(1))
    .optional()
    .describe('Current access token (filled in and renewed by the platform)')
    .meta({ readOnly: true }),
  refreshToken: secret(z.string().min(1))
    .describe('Refresh token (filled in by the platform; rotated tokens are stored)')
    .meta({ readOnly: true }),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('When the access token expires (ISO 8601)')
    .meta({ readOnly: true }),
});
export type OAuth2AuthorizationCodeFields = z.output<typeof OAuth2AuthorizationCodeFields>;

export interface OAuth2AuthorizationCodeOptions {
  /** `ctx.auth`, or the part of it holding the OAuth2 fields */
  auth: OAuth2AuthorizationCodeFields;
  /** `ctx.connection`: refreshed tokens are stored there, under its lock */
  connection: ConnectionHandle;
  /** a token is renewed this long before `expiresAt`; default 60 s */
  expirySkewMs?: number;
  /** per token request, default 30 s */
  timeoutMs?: number;
  /** for tests; default the global `fetch` */
  fetch?: typeof fetch;
}

export interface OAuth2AuthorizationCode {
  /** a valid access token: the stored one, or a refreshed one (stored back before it is returned) */
  accessToken(signal?: AbortSignal): Promise<string>;
  /** refreshes unless the stored token already differs from `rejectedToken` (another call refreshed it) */
  refresh(rejectedToken: string | undefined, signal?: AbortSignal): Promise<string>;
  /** sends `Authorization: Bearer <token>` and, after a 401, refreshes once and retries: pass to `createHttpClient` */
  readonly authorizer: HttpAuthorizer;
}

const DEFAULT_EXPIRY_SKEW_MS = 60_000;

/**
 * OAuth2 authorization-code connections (RFC 6749 §4.1, §6) for action code:
 * uses the stored access token while it is valid, refreshes it with the
 * refresh token when it is missing or expires within the skew, and after a
 * 401 from the API. A refresh runs inside `connection.updateSecrets`, so it
 * happens under the connection's lock and sees the newest stored tokens: when
 * two activities find the token expired at once, the second uses the first
 * one's token instead of spending the (often single-use) refresh token again.
 * A rotated refresh token is stored with the new access token.
 *
 * A rejected refresh (`invalid_grant`: revoked, expired or already used) is a
 * non-retryable `OAUTH2_REFRESH_REJECTED` that asks for the connection to be
 * reconnected; no message contains a token or the client secret.
 *
 * @example
 * const oauth = oauth2AuthorizationCode({ auth: ctx.auth, connection: ctx.connection });
 * const crm = createHttpClient({ baseUrl: ctx.auth.baseUrl, authorizer: oauth.authorizer, logger: ctx.logger });
 * await crm.request({ method: 'GET', url: 'contacts' }); // refreshed and retried once on a 401
 */
export function oauth2AuthorizationCode(options: OAuth2AuthorizationCodeOptions): OAuth2AuthorizationCode {
  const skewMs = options.expirySkewMs ?? DEFAULT_EXPIRY_SKEW_MS;
  let current: OAuth2AuthorizationCodeFields = options.auth;

  const isUsable = (
    fields: OAuth2AuthorizationCodeFields,
  ): fields is OAuth2AuthorizationCodeFields & { accessToken: string } =>
    fields.accessToken !== undefined &&
    (fields.expiresAt === undefined || Date.parse(fields.expiresAt) - skewMs > Date.now());

  const refresh = async (rejectedToken: string | undefined, signal?: AbortSignal): Promise<string> => {
    signal?.throwIfAborted();
    const stored = await options.connection.updateSecrets(async (latest) => {
      const fields = readFields(latest, current);
      // Another activity refreshed while we waited for the lock: its token is the one to use.
      if (isUsable(fields) && fields.accessToken !== rejectedToken) return undefined;
      return await refreshTokens(fields, options);
    });
    current = readFields(stored, current);
    if (current.accessToken === undefined) {
      throw new NonRetryableError('The OAuth2 connection has no access token after a refresh', {
        code: 'OAUTH2_UNEXPECTED_RESPONSE',
      });
    }
    return current.accessToken;
  };

  const accessToken = async (signal?: AbortSignal): Promise<string> =>
    isUsable(current) ? current.accessToken : refresh(current.accessToken, signal);

  const bearer = (token: string): HttpAuthorization => ({
    headers: { authorization: `Bearer ${token}` },
    secrets: [token],
  });

  return {
    accessToken,
    refresh,
    authorizer: {
      authorize: async (signal) => bearer(await accessToken(signal)),
      async unauthorized(rejected, signal) {
        await refresh(rejected.secrets[0], signal);
        return true;
      },
    },
  };
}

/** The OAuth2 fields of a stored connection; fields it lacks keep the values the action started with. */
function readFields(
  stored: Record<string, unknown>,
  fallback: OAuth2AuthorizationCodeFields,
): OAuth2AuthorizationCodeFields {
  const parsed = OAuth2AuthorizationCodeFields.partial().safeParse(stored);
  if (!parsed.success) return fallback;
  const fields = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return { ...fallback, ...fields };
}

async function refreshTokens(
  fields: OAuth2AuthorizationCodeFields,
  options: OAuth2AuthorizationCodeOptions,
): Promise<Record<string, unknown>> {
  let token;
  try {
    token = await requestOAuth2Token({
      tokenUrl: fields.tokenUrl,
      clientId: fields.clientId,
      clientSecret: fields.clientSecret,
      ...(fields.clientAuthentication === undefined ? {} : { clientAuthentication: fields.clientAuthentication }),
      form: { grant_type: 'refresh_token', refresh_token: fields.refreshToken },
      secrets: [fields.refreshToken, ...(fields.accessToken === undefined ? [] : [fields.accessToken])],
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
  } catch (error) {
    throw asRefreshFailure(error);
  }
  return {
    accessToken: token.accessToken,
    // Servers that rotate refresh tokens invalidate the old one: losing the new one would lose the connection.
    refreshToken: token.refreshToken ?? fields.refreshToken,
    ...(token.lifetimeMs === undefined
      ? { expiresAt: undefined }
      : { expiresAt: new Date(Date.now() + token.lifetimeMs).toISOString() }),
    ...(token.scope === undefined ? {} : { scope: token.scope }),
  };
}

function asRefreshFailure(error: unknown): unknown {
  if (!(error instanceof ConnectorError) || error.code !== 'OAUTH2_TOKEN_REJECTED') return error;
  return new NonRetryableError(
    `The connection's OAuth2 authorization is no longer valid and must be reconnected: ${error.message}`,
    { code: 'OAUTH2_REFRESH_REJECTED', details: error.details },
  );
}
