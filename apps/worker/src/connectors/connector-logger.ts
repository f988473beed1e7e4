import type { ConnectorLogger } from '@tributary/connector-sdk';
import type { Logger } from '../logger';

/** pino takes (fields, message); connector code logs (message, fields). */
export function connectorLogger(logger: Logger): ConnectorLogger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}
