import type { IncomingMessage } from 'node:http';
import { HttpProblem } from '../simulator-kit/http-problem';
import { secretsEqual } from '../simulator-kit/secret-comparison';
import type { OAuthTokenIssuer } from './oauth-token.issuer';

const REALM = 'Bearer realm="acme-cmms"';

/** Who made an API call: the API key holder or an OAuth2 client. */
export type ApiCaller = { kind: 'api_key' } | { kind: 'oauth_client'; clientId: string };

/**
 * Accepts `X-API-Key: <key>` or `Authorization: Bearer <token>` from
 * `POST /oauth/token`; anything else is a 401 with a `WWW-Authenticate` challenge.
 */
export function authenticateApiCall(req: IncomingMessage, apiKey: string, tokens: OAuthTokenIssuer): ApiCaller {
  const presentedKey = req.headers['x-api-key'];
  if (typeof presentedKey === 'string') {
    if (secretsEqual(presentedKey, apiKey)) return { kind: 'api_key' };
    throw new HttpProblem(401, 'unauthorized', 'The X-API-Key is not valid', undefined, { 'www-authenticate': REALM });
  }

  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) {
    const check = tokens.check(bearer);
    if (check.valid) return { kind: 'oauth_client', clientId: check.clientId };
    const description = check.reason === 'expired' ? 'The access token expired' : 'The access token is not valid';
    throw new HttpProblem(401, 'invalid_token', description, undefined, {
      'www-authenticate': `${REALM}, error="invalid_token", error_description="${description}"`,
    });
  }

  throw new HttpProblem(
    401,
    'unauthorized',
    'Authenticate with an X-API-Key header or an OAuth2 bearer token from POST /oauth/token',
    undefined,
    { 'www-authenticate': REALM },
  );
}
