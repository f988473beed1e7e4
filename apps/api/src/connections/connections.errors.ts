import { ApiProblem } from '../problem/api-problem';
import type { FieldError } from '../problem/problem-details';
import type { ConnectionUsage } from './connection-usage';

export class ConnectionNameTakenError extends ApiProblem {
  constructor(name: string) {
    super({
      status: 409,
      code: 'connection_name_taken',
      title: 'Connection name already in use',
      detail: `A connection named "${name}" already exists.`,
      extensions: { name },
    });
  }
}

/** Deleting or renaming would break published flow versions that name the connection. */
export class ConnectionInUseError extends ApiProblem {
  constructor(name: string, change: 'delete' | 'rename', usage: ConnectionUsage) {
    super({
      status: 409,
      code: 'connection_in_use',
      title: 'Connection is used by published flows',
      detail:
        `${usage.count} place(s) in published flow versions name the connection "${name}"; ` +
        `${change === 'delete' ? 'deleting' : 'renaming'} it would make their runs fail. ` +
        'Publish versions without it first, or repeat the request with ?force=true.',
      extensions: { name, referenceCount: usage.count, references: usage.references },
    });
  }
}

/** No worker answered "Test connection" in time: none is running on the task queue, or all are busy. */
export class ConnectionTestTimeoutError extends ApiProblem {
  constructor(timeoutMs: number, taskQueue: string) {
    super({
      status: 504,
      code: 'connection_test_timeout',
      title: 'Connection test timed out',
      detail:
        `No worker finished the connection test within ${timeoutMs} ms. Check that a worker polls the ` +
        `task queue "${taskQueue}".`,
      extensions: { timeoutMs, taskQueue },
    });
  }
}

/** The connection lacks what the authorization-code flow needs (authorizeUrl, tokenUrl, clientId, clientSecret). */
export class ConnectionNotOAuth2ReadyError extends ApiProblem {
  constructor(errors: FieldError[]) {
    super({
      status: 409,
      code: 'connection_not_oauth2_ready',
      title: 'Connection is not set up for OAuth2',
      detail: `The connection cannot start an OAuth2 authorization: ${errors.map((error) => `${error.path}: ${error.message}`).join('; ')}`,
      extensions: { errors },
    });
  }
}

/** The `state` of an OAuth2 callback is unknown, already used or expired. */
export class OAuth2StateInvalidError extends ApiProblem {
  constructor(reason: 'unknown' | 'expired') {
    super({
      status: 400,
      code: reason === 'expired' ? 'oauth2_state_expired' : 'oauth2_state_invalid',
      title: reason === 'expired' ? 'OAuth2 authorization expired' : 'Unknown OAuth2 authorization',
      detail:
        reason === 'expired'
          ? 'The authorization was not completed within 10 minutes. Start it again from the connection.'
          : 'This authorization is unknown or was already completed. Start it again from the connection.',
    });
  }
}

/** The provider redirected back with an error (the user declined, a bad scope, …). */
export class OAuth2AuthorizationDeniedError extends ApiProblem {
  constructor(connectionId: string, error: string, description: string | undefined) {
    super({
      status: 400,
      code: 'oauth2_authorization_denied',
      title: 'OAuth2 authorization was not granted',
      detail: `The provider answered "${error}"${description ? `: ${description}` : ''}.`,
      extensions: { connectionId, providerError: error },
    });
  }
}

/** The token endpoint refused or failed the code exchange. */
export class OAuth2TokenExchangeError extends ApiProblem {
  constructor(connectionId: string, reason: string, providerError: string | undefined) {
    super({
      status: 502,
      code: 'oauth2_token_exchange_failed',
      title: 'OAuth2 token exchange failed',
      detail: reason,
      extensions: { connectionId, ...(providerError === undefined ? {} : { providerError }) },
    });
  }
}
