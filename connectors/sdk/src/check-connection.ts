import { silentLogger, type ConnectorLogger } from './connector-logger';
import type { Connector } from './define-connector';
import { redactingLogger } from './redacting-logger';
import { connectorFailure, validateConnection } from './validated-connection';

export interface CheckConnectionOptions {
  /** the connection as stored: non-secret settings merged with the decrypted secrets */
  auth: unknown;
  logger?: ConnectorLogger;
  /** aborts the check (the worker passes the activity's cancellation signal) */
  signal?: AbortSignal;
  /** more values to keep out of any message (the worker passes every stored secret string) */
  secrets?: string[];
}

/** A check that ran to the end: `checked` says whether the connector's own `check` ran or only the auth schema was validated. */
export interface ConnectionCheckOutcome {
  checked: boolean;
  message?: string;
}

/**
 * What "Test connection" does: validates the connection against the
 * connector's auth schema, then runs the connector's `check` (when it has one)
 * with a logger that redacts secrets. Resolves when the connection works;
 * rejects with a {@link ConnectorError} whose message, details and stack hold
 * no secret value (an `INVALID_CONNECTION` when the schema rejects it, the
 * check's own error otherwise, `CHECK_FAILED` for an unplanned error).
 *
 * @example
 * const outcome = await checkConnection(postgresConnector, { auth: { host, database, user, password } });
 * outcome.checked; // true: SELECT 1 went through
 */
export async function checkConnection(
  connector: Connector,
  options: CheckConnectionOptions,
): Promise<ConnectionCheckOutcome> {
  const { auth, redactor } = validateConnection(connector, options.auth, options.secrets);
  if (connector.check === undefined) return { checked: false };

  const signal = options.signal ?? new AbortController().signal;
  try {
    const result = await connector.check({
      auth,
      logger: redactingLogger(options.logger ?? silentLogger, redactor),
      signal,
    });
    const message = result?.message;
    return message === undefined ? { checked: true } : { checked: true, message: redactor.text(message) };
  } catch (error) {
    // A check answers once, now: nothing about it is worth retrying.
    throw connectorFailure(error, signal, redactor, { code: 'CHECK_FAILED', retryable: false });
  }
}
