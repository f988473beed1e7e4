import { checkConnection } from '@tributary/connector-sdk';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import { startCmms } from './cmms-fixture';

describe('cmms connector: connection check', () => {
  it('proves an API key and an OAuth2 client with one authenticated read, writing nothing', async () => {
    const { apiKeyAuth, oauth2Auth, writes } = await startCmms();
    expect(await checkConnection(connector, { auth: apiKeyAuth })).toEqual({
      checked: true,
      message: 'authenticated with the API key',
    });
    expect(await checkConnection(connector, { auth: oauth2Auth })).toEqual({
      checked: true,
      message: 'authenticated with OAuth2',
    });
    expect(writes.filter((line) => !line.includes('oauth/token'))).toEqual([]);
  });

  it('reports a wrong API key or client secret without showing it', async () => {
    const { apiKeyAuth, oauth2Auth } = await startCmms();
    for (const auth of [
      { ...apiKeyAuth, apiKey: 'wrong-cmms-key_91' },
      { ...oauth2Auth, clientSecret: 'wrong-cmms-secret_92' },
    ]) {
      const error = await checkConnection(connector, { auth }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ retryable: false });
      expect((error as Error).message).not.toMatch(/wrong-cmms-(key|secret)/);
    }
  });
});
