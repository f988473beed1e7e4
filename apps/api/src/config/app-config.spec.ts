import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildAppConfig, InvalidConfigurationError } from './app-config';

const validEnv = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/tributary',
  CONNECTION_SECRETS_KEY: randomBytes(32).toString('base64'),
};

function configError(env: Record<string, string | undefined>): InvalidConfigurationError {
  try {
    buildAppConfig(env);
  } catch (error) {
    if (error instanceof InvalidConfigurationError) return error;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('buildAppConfig', () => {
  it('applies the documented defaults when only the required variables are set', () => {
    const config = buildAppConfig(validEnv);
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:3000',
      temporal: {
        address: '127.0.0.1:7233',
        namespace: 'default',
        taskQueue: 'tributary-flows',
        uiUrl: 'http://127.0.0.1:8233',
        payloadClaimCheckThresholdBytes: 262_144,
      },
      hooks: { syncTimeoutMs: 30_000 },
      connections: { testTimeoutMs: 20_000 },
      stepTests: { timeoutMs: 30_000 },
      logLevel: 'info',
    });
  });

  it('reads every variable it is given', () => {
    const config = buildAppConfig({
      ...validEnv,
      PORT: '8080',
      HOST: '0.0.0.0',
      PUBLIC_URL: 'https://tributary.example.com/',
      TEMPORAL_ADDRESS: 'temporal:7233',
      TEMPORAL_NAMESPACE: 'prod',
      TEMPORAL_TASK_QUEUE: 'flows-prod',
      TEMPORAL_UI_URL: 'off',
      PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: '65536',
      HOOK_SYNC_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
    });
    expect(config.hooks.syncTimeoutMs).toBe(5000);
    expect(config.port).toBe(8080);
    expect(config.publicUrl).toBe('https://tributary.example.com');
    expect(config.temporal).toEqual({
      address: 'temporal:7233',
      namespace: 'prod',
      taskQueue: 'flows-prod',
      uiUrl: null,
      payloadClaimCheckThresholdBytes: 65_536,
    });
    expect(config.logLevel).toBe('warn');
  });

  it('treats an empty variable as unset', () => {
    expect(buildAppConfig({ ...validEnv, PORT: '', LOG_LEVEL: '' }).port).toBe(3000);
  });

  it('names CONNECTION_SECRETS_KEY when the key is not base64 of 32 bytes', () => {
    const error = configError({ ...validEnv, CONNECTION_SECRETS_KEY: randomBytes(16).toString('base64') });
    expect(error.message).toBe('Invalid configuration: CONNECTION_SECRETS_KEY must be base64 of 32 bytes');
  });

  it('names every missing required variable at once', () => {
    const error = configError({});
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('CONNECTION_SECRETS_KEY');
  });

  it('names the variable of a malformed value', () => {
    expect(configError({ ...validEnv, PORT: 'eighty' }).message).toContain('PORT must be a port number');
    expect(configError({ ...validEnv, TEMPORAL_ADDRESS: 'localhost' }).message).toContain('TEMPORAL_ADDRESS');
    expect(configError({ ...validEnv, LOG_LEVEL: 'loud' }).message).toContain('LOG_LEVEL must be one of');
    expect(configError({ ...validEnv, DATABASE_URL: 'mysql://x' }).message).toContain('DATABASE_URL');
    expect(configError({ ...validEnv, PUBLIC_URL: 'not a url' }).message).toContain('PUBLIC_URL');
    for (const threshold of ['256KiB', '-1', '4194304']) {
      expect(configError({ ...validEnv, PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: threshold }).message).toContain(
        'PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES must be a whole number of bytes from 0 to 2097152',
      );
    }
  });

  it('never echoes the value of a rejected secret', () => {
    const key = 'c2VjcmV0LXZhbHVlLXRoYXQtaXMtdG9vLXNob3J0';
    expect(configError({ ...validEnv, CONNECTION_SECRETS_KEY: key }).message).not.toContain(key);
  });
});

describe('ADMIN_API_KEY and rate limits', () => {
  it('defaults to no admin key and generous limits', () => {
    const config = buildAppConfig(validEnv);
    expect(config.adminApiKey).toBeNull();
    expect(config.rateLimits).toEqual({ api: { perSecond: 100, burst: 200 }, hooks: { perSecond: 100, burst: 200 } });
  });

  it('reads the admin key and the limits', () => {
    const key = `trb_${'a'.repeat(40)}`;
    const config = buildAppConfig({
      ...validEnv,
      ADMIN_API_KEY: key,
      API_RATE_LIMIT_PER_SECOND: '0.5',
      API_RATE_LIMIT_BURST: '3',
      HOOK_RATE_LIMIT_PER_SECOND: '20',
      HOOK_RATE_LIMIT_BURST: '40',
    });
    expect(config.adminApiKey).toBe(key);
    expect(config.rateLimits).toEqual({ api: { perSecond: 0.5, burst: 3 }, hooks: { perSecond: 20, burst: 40 } });
  });

  it('refuses a short admin key without echoing it, and names bad limits', () => {
    const error = configError({ ...validEnv, ADMIN_API_KEY: 'short-secret' });
    expect(error.message).toContain('ADMIN_API_KEY must be 32 to 256 characters');
    expect(error.message).not.toContain('short-secret');
    expect(configError({ ...validEnv, API_RATE_LIMIT_BURST: '1.5' }).message).toContain(
      'API_RATE_LIMIT_BURST must be a whole number from 1 to 100000',
    );
    expect(configError({ ...validEnv, HOOK_RATE_LIMIT_PER_SECOND: '0' }).message).toContain(
      'HOOK_RATE_LIMIT_PER_SECOND must be a number from 0.001 to 100000',
    );
  });
});

describe('CONNECTION_SECRETS_KEY', () => {
  it('accepts the key in base64url form too', () => {
    const key = randomBytes(32).toString('base64url');
    expect(buildAppConfig({ ...validEnv, CONNECTION_SECRETS_KEY: key }).connectionSecretKeys).toEqual([
      { id: 'default', key },
    ]);
  });

  it('takes a key set from CONNECTION_SECRETS_KEYS, the first key active, the single key kept as "default"', () => {
    const [k1, k2, legacy] = [1, 2, 3].map(() => randomBytes(32).toString('base64'));
    const env = { ...validEnv, CONNECTION_SECRETS_KEY: legacy!, CONNECTION_SECRETS_KEYS: `k2:${k2},k1:${k1}` };
    expect(buildAppConfig(env).connectionSecretKeys.map((key) => key.id)).toEqual(['k2', 'k1', 'default']);
    const { CONNECTION_SECRETS_KEY: _unused, ...withoutSingle } = env;
    expect(buildAppConfig(withoutSingle).connectionSecretKeys.map((key) => key.id)).toEqual(['k2', 'k1']);
  });

  it('names the bad key of CONNECTION_SECRETS_KEYS by id, never by value', () => {
    const short = randomBytes(16).toString('base64');
    const error = configError({ ...validEnv, CONNECTION_SECRETS_KEYS: `k2:${short}` });
    expect(error.message).toContain('CONNECTION_SECRETS_KEYS: key "k2" must be base64 of 32 bytes');
    expect(error.message).not.toContain(short);
    expect(configError({ ...validEnv, CONNECTION_SECRETS_KEYS: short }).message).toContain('entry 1');
  });
});
