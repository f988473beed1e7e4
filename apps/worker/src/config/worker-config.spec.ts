import { describe, expect, it } from 'vitest';
import { buildWorkerConfig } from './worker-config';

const key = Buffer.alloc(32, 7).toString('base64');

describe('buildWorkerConfig', () => {
  it('applies defaults for everything but the database and the secrets key', () => {
    const config = buildWorkerConfig({ DATABASE_URL: 'postgresql://localhost/x', CONNECTION_SECRETS_KEY: key });
    expect(config).toMatchObject({
      temporalAddress: '127.0.0.1:7233',
      temporalNamespace: 'default',
      taskQueue: 'tributary-flows',
      connectorPackages: [],
      logLevel: 'info',
      payloadClaimCheckThresholdBytes: 262_144,
    });
  });

  it('names the environment variable that is wrong', () => {
    expect(() =>
      buildWorkerConfig({ DATABASE_URL: 'postgresql://localhost/x', CONNECTION_SECRETS_KEY: 'c2hvcnQ=' }),
    ).toThrow(/CONNECTION_SECRETS_KEY must be base64 of 32 bytes/);
    expect(() => buildWorkerConfig({ CONNECTION_SECRETS_KEY: key })).toThrow(/DATABASE_URL is required/);
    expect(() =>
      buildWorkerConfig({ DATABASE_URL: 'postgresql://x/y', CONNECTION_SECRETS_KEY: key, TEMPORAL_ADDRESS: 'nohost' }),
    ).toThrow(/TEMPORAL_ADDRESS must be host:port/);
  });

  it('reads a key set, the first key of CONNECTION_SECRETS_KEYS active and CONNECTION_SECRETS_KEY kept as "default"', () => {
    const k2 = Buffer.alloc(32, 2).toString('base64');
    const config = buildWorkerConfig({
      DATABASE_URL: 'postgresql://localhost/x',
      CONNECTION_SECRETS_KEYS: `k2:${k2}`,
      CONNECTION_SECRETS_KEY: key,
    });
    expect(config.connectionSecretKeys).toEqual([
      { id: 'k2', key: k2 },
      { id: 'default', key },
    ]);
    expect(() => buildWorkerConfig({ DATABASE_URL: 'postgresql://localhost/x' })).toThrow(
      /CONNECTION_SECRETS_KEY is required/,
    );
    expect(() => buildWorkerConfig({ DATABASE_URL: 'postgresql://localhost/x', CONNECTION_SECRETS_KEYS: k2 })).toThrow(
      /CONNECTION_SECRETS_KEYS entry 1/,
    );
  });

  it('reads extra connector packages as a comma-separated list', () => {
    const config = buildWorkerConfig({
      DATABASE_URL: 'postgresql://localhost/x',
      CONNECTION_SECRETS_KEY: key,
      CONNECTOR_PACKAGES: ' @acme/connector-sap , @acme/connector-mes',
    });
    expect(config.connectorPackages).toEqual(['@acme/connector-sap', '@acme/connector-mes']);
  });

  it('reads the claim-check threshold in bytes and rejects what is not a byte count Temporal accepts', () => {
    const env = { DATABASE_URL: 'postgresql://localhost/x', CONNECTION_SECRETS_KEY: key };
    expect(buildWorkerConfig({ ...env, PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: '65536' })).toMatchObject({
      payloadClaimCheckThresholdBytes: 65_536,
    });
    expect(() => buildWorkerConfig({ ...env, PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: '256KiB' })).toThrow(
      /PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES must be a whole number of bytes/,
    );
    expect(() => buildWorkerConfig({ ...env, PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES: '4194304' })).toThrow(
      /PAYLOAD_CLAIM_CHECK_THRESHOLD_BYTES must be at most 2097152/,
    );
  });
});
