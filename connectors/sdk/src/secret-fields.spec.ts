import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectSecretValues, secret, secretFieldPaths } from './secret-fields';

const Auth = z.discriminatedUnion('type', [
  z.object({ type: z.literal('apiKey'), name: z.string(), value: secret(z.string()) }),
  z.object({
    type: z.literal('oauth'),
    clientId: z.string(),
    clientSecret: secret(z.string()),
    scopes: z.array(z.string()),
  }),
  z.object({ type: z.literal('certs'), pair: secret(z.object({ cert: z.string(), key: z.string() })) }),
]);
const authSchema = z.toJSONSchema(Auth, { io: 'input' });

describe('secret fields', () => {
  it('lists the secret field paths of every auth variant', () => {
    expect(secretFieldPaths(authSchema).sort()).toEqual(['clientSecret', 'pair', 'value']);
  });

  it('collects only the values that sit under secret fields', () => {
    expect(collectSecretValues(authSchema, { type: 'apiKey', name: 'X-Key', value: 'k-123' })).toEqual(['k-123']);
    expect(
      collectSecretValues(authSchema, { type: 'oauth', clientId: 'public-id', clientSecret: 'cs-9', scopes: ['read'] }),
    ).toEqual(['cs-9']);
  });

  it('collects every string inside a secret object', () => {
    expect(collectSecretValues(authSchema, { type: 'certs', pair: { cert: 'CERT', key: 'KEY' } }).sort()).toEqual([
      'CERT',
      'KEY',
    ]);
  });

  it('still finds secrets in a connection that does not fully match the schema', () => {
    expect(collectSecretValues(authSchema, { type: 'unknown', value: 'stray-secret', extra: 1 })).toEqual([
      'stray-secret',
    ]);
  });
});
