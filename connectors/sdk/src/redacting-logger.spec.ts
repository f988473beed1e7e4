import { describe, expect, it } from 'vitest';
import type { ConnectorLogger, LogFields } from './connector-logger';
import { redactingLogger } from './redacting-logger';

const SECRET = 'p@ss word/42';
const TOKEN = 'tok_9f1e2d3c';

function capture(): { logger: ConnectorLogger; emitted: () => string } {
  const lines: { level: string; message: string; fields?: LogFields }[] = [];
  const at = (level: string) => (message: string, fields?: LogFields) =>
    void lines.push({ level, message, ...(fields ? { fields } : {}) });
  return {
    logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
    emitted: () => JSON.stringify(lines),
  };
}

describe('redactingLogger', () => {
  it('never emits a secret value, whatever the level, the message or the shape of the fields', () => {
    const { logger, emitted } = capture();
    const log = redactingLogger(logger, [SECRET, TOKEN]);
    const circular: Record<string, unknown> = { token: TOKEN };
    circular.self = circular;

    log.debug(`connecting as admin:${SECRET}`);
    log.info('request', {
      url: `https://api.example.com/x?key=${encodeURIComponent(SECRET)}`,
      nested: { deeper: [`Bearer ${TOKEN}`] },
    });
    log.warn('failed', { error: new Error(`401 for ${TOKEN}`), circular });
    log.error(`form body password=${new URLSearchParams({ p: SECRET }).toString().slice(2)}`);

    const output = emitted();
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(encodeURIComponent(SECRET));
    expect(output).not.toContain(TOKEN);
    expect(output).toContain('[REDACTED]');
  });

  it('hides values of credential-named fields even when they are not known secrets', () => {
    const { logger, emitted } = capture();
    redactingLogger(logger, []).info('headers', {
      headers: { Authorization: 'Basic dXNlcjpwdw==', accept: 'application/json' },
    });
    expect(emitted()).not.toContain('dXNlcjpwdw==');
    expect(emitted()).toContain('application/json');
  });

  it('keeps everything else readable', () => {
    const { logger, emitted } = capture();
    redactingLogger(logger, [TOKEN]).info('fetched 3 items', { page: 2, done: true });
    expect(JSON.parse(emitted())).toEqual([
      { level: 'info', message: 'fetched 3 items', fields: { page: 2, done: true } },
    ]);
  });
});
