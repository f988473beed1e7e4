import type { ConnectorLogger, LogFields } from './connector-logger';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor';

type Level = keyof ConnectorLogger;

/**
 * Wraps any logger so that the given secret values never reach it, neither in
 * the message nor anywhere inside the fields (header maps, errors, nested objects).
 *
 * @example
 * const logger = redactingLogger(log, [auth.token]);
 * logger.info(`calling with ${auth.token}`); // logs 'calling with [REDACTED]'
 */
export function redactingLogger(logger: ConnectorLogger, secrets: Iterable<string> | SecretRedactor): ConnectorLogger {
  const redactor = isRedactor(secrets) ? secrets : createSecretRedactor(secrets);
  const wrap =
    (level: Level) =>
    (message: string, fields?: LogFields): void => {
      const safeMessage = redactor.text(message);
      if (fields === undefined) logger[level](safeMessage);
      else logger[level](safeMessage, redactFields(redactor, fields));
    };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

function redactFields(redactor: SecretRedactor, fields: LogFields): LogFields {
  const redacted = redactor.value(fields);
  return typeof redacted === 'object' && redacted !== null && !Array.isArray(redacted)
    ? { ...redacted }
    : { fields: redacted };
}

function isRedactor(value: Iterable<string> | SecretRedactor): value is SecretRedactor {
  return typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'function';
}
