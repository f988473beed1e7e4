import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';

export const APP_LOGGER = Symbol('AppLogger');

/**
 * The process logger: JSON lines on stdout. Request logs carry method, path,
 * status and duration only — no bodies, no headers, no query strings — so
 * webhook payloads and credentials never reach the logs.
 */
export function createAppLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'tributary-api' },
    // Belt and braces: should anything log a request or headers, these are cut.
    redact: {
      paths: ['req.headers', 'headers', 'body', 'req.body', '*.secrets', 'secrets', 'authorization', 'cookie'],
      censor: '[redacted]',
    },
  });
}
