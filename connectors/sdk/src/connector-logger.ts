export type LogFields = Record<string, unknown>;

/**
 * What action code logs through. The shape matches Temporal's activity logger
 * (`log.info(message, meta)`), so the worker can hand that in directly.
 */
export interface ConnectorLogger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * A logger that drops everything; the default when the caller gives none.
 *
 * @example
 * await executeAction(connector, 'request', { input, auth, idempotencyKey, logger: silentLogger });
 */
export const silentLogger: ConnectorLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
