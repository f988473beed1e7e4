import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs; anything that looks like a credential is censored by key
 * even if a careless caller logs a whole object.
 */
export function createLogger(level: string, name = 'tributary-worker'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['*.password', '*.token', '*.secret', '*.apiKey', '*.authorization', '*.value', 'secrets', 'auth'],
      censor: '***',
    },
  });
}
