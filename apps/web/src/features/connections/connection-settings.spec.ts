import { describe, expect, it } from 'vitest';
import {
  authKindLabel,
  connectionFormSchema,
  settingsPatch,
  splitSettings,
  usesAuthorizationCode,
} from './connection-settings';

const httpAuth = {
  oneOf: [
    {
      type: 'object',
      title: 'API key',
      properties: {
        type: { type: 'string', const: 'apiKey' },
        name: { type: 'string' },
        value: { type: 'string', secret: true, writeOnly: true },
        baseUrl: { type: 'string', format: 'uri' },
      },
      required: ['type', 'name', 'value'],
    },
    {
      type: 'object',
      title: 'Custom headers',
      properties: {
        type: { type: 'string', const: 'headers' },
        headers: { type: 'object', additionalProperties: { type: 'string', secret: true } },
      },
      required: ['type', 'headers'],
    },
    {
      type: 'object',
      title: 'OAuth2 (authorization code)',
      properties: {
        type: { type: 'string', const: 'oauth2AuthorizationCode' },
        authorizeUrl: { type: 'string', format: 'uri' },
        authorizeParams: { type: 'object', additionalProperties: { type: 'string' } },
        tokenUrl: { type: 'string', format: 'uri' },
        clientId: { type: 'string' },
        clientSecret: { type: 'string', secret: true },
        accessToken: { type: 'string', secret: true, readOnly: true },
        refreshToken: { type: 'string', secret: true, readOnly: true },
        expiresAt: { type: 'string', format: 'date-time', readOnly: true },
      },
      required: ['type', 'tokenUrl', 'clientId', 'clientSecret', 'refreshToken'],
    },
  ],
};

describe('splitSettings', () => {
  it('puts the chosen branch’s secret fields in secrets and the rest in config', () => {
    expect(
      splitSettings(httpAuth, { type: 'apiKey', name: 'X-API-Key', value: 'k', baseUrl: 'https://api.example.com' }),
    ).toEqual({
      config: { type: 'apiKey', name: 'X-API-Key', baseUrl: 'https://api.example.com' },
      secrets: { value: 'k' },
    });
  });

  it('treats a record of secret values as a secret', () => {
    expect(splitSettings(httpAuth, { type: 'headers', headers: { 'X-Tenant': 't' } })).toEqual({
      config: { type: 'headers' },
      secrets: { headers: { 'X-Tenant': 't' } },
    });
  });
});

describe('settingsPatch', () => {
  it('sends changed config, removed config as null, and only typed secrets', () => {
    const stored = { type: 'apiKey', name: 'X-API-Key', baseUrl: 'https://old.example.com' };
    expect(settingsPatch(httpAuth, stored, { type: 'apiKey', name: 'X-API-Key' })).toEqual({
      config: { baseUrl: null },
      secrets: {},
    });
    expect(
      settingsPatch(httpAuth, stored, { ...stored, baseUrl: 'https://new.example.com', value: 'new-key' }),
    ).toEqual({ config: { baseUrl: 'https://new.example.com' }, secrets: { value: 'new-key' } });
  });
});

describe('authKindLabel', () => {
  it('names the branch a stored config belongs to', () => {
    expect(authKindLabel(httpAuth, { type: 'headers' })).toBe('Custom headers');
    expect(authKindLabel({ type: 'object', title: 'API key', properties: {} }, {})).toBe('API key');
    expect(authKindLabel(undefined, {})).toBe('—');
  });
});

describe('connectionFormSchema', () => {
  it('leaves out what the platform fills in (readOnly: the tokens Connect obtains), asked or required', () => {
    const form = connectionFormSchema(httpAuth) as { oneOf: { properties: object; required: string[] }[] };
    const oauth = form.oneOf[2]!;
    expect(Object.keys(oauth.properties)).toEqual([
      'type',
      'authorizeUrl',
      'authorizeParams',
      'tokenUrl',
      'clientId',
      'clientSecret',
    ]);
    expect(oauth.required).toEqual(['type', 'tokenUrl', 'clientId', 'clientSecret']);
    expect(form.oneOf[0]).toBe(httpAuth.oneOf[0]);
  });
});

describe('usesAuthorizationCode', () => {
  it('is true once the connection has an authorization URL', () => {
    expect(usesAuthorizationCode({ config: { authorizeUrl: 'https://id.example.com/authorize' } })).toBe(true);
    expect(usesAuthorizationCode({ config: {} })).toBe(false);
  });
});
