import { ApiProblem } from '../problem/api-problem';
import type { Scope } from './scopes';

/** No credential, or one that is unknown, revoked or expired. */
export class AuthenticationRequiredError extends ApiProblem {
  constructor(reason: 'missing' | 'invalid') {
    super({
      status: 401,
      code: reason === 'missing' ? 'authentication_required' : 'invalid_credentials',
      title: 'Authentication required',
      detail:
        reason === 'missing'
          ? 'Send an API key as `Authorization: Bearer <key>`, or sign in for a session cookie.'
          : 'The API key or session is unknown, revoked or expired.',
      headers: {
        'WWW-Authenticate':
          reason === 'missing' ? 'Bearer realm="tributary"' : 'Bearer realm="tributary", error="invalid_token"',
      },
    });
  }
}

export class InsufficientScopeError extends ApiProblem {
  constructor(readonly requiredScope: Scope) {
    super({
      status: 403,
      code: 'insufficient_scope',
      title: 'Insufficient scope',
      detail: `This request needs the "${requiredScope}" scope, which the credential does not hold.`,
      extensions: { requiredScope },
      headers: { 'WWW-Authenticate': `Bearer realm="tributary", error="insufficient_scope", scope="${requiredScope}"` },
    });
  }
}

/**
 * Browsers send cookies on cross-site form posts; they cannot add a custom
 * header to a cross-origin request without a CORS preflight, which this API
 * never grants. So a cookie-authenticated write must carry `X-Requested-With`.
 */
export class CsrfHeaderMissingError extends ApiProblem {
  constructor() {
    super({
      status: 403,
      code: 'csrf_header_missing',
      title: 'Missing CSRF header',
      detail: 'A request authenticated by the session cookie that changes state must send `X-Requested-With`.',
    });
  }
}

/** A route without @Public/@RequireScope: a programming error, refused rather than left open. */
export class RouteAccessUndeclaredError extends ApiProblem {
  constructor(route: string) {
    super({
      status: 500,
      code: 'route_access_undeclared',
      title: 'Route access not declared',
      detail: `${route} declares no access requirement, so it is refused.`,
    });
  }
}
