import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../src/app.factory';
import { buildAppConfig, type AppConfig } from '../src/config/app-config';

export interface RunningApi {
  baseUrl: string;
  config: AppConfig;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface ApiResponse {
  status: number;
  contentType: string;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
}

/**
 * The real API on a random port, against the test run's migrated database
 * and Temporal dev server (from the global setup). `env` overrides variables.
 */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const config = buildAppConfig({
    DATABASE_URL: inject('databaseUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    CONNECTION_SECRETS_KEY: randomBytes(32).toString('base64'),
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    config,
    async request(method, path, body, headers = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    close: () => app.close(),
  };
}

/** A slug no other test (or earlier run on the same database) uses. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export function webhookFlowDefinition(path: string) {
  return {
    schemaVersion: 1,
    trigger: { kind: 'webhook', path },
    steps: [
      {
        id: 'createWorkOrder',
        kind: 'action',
        connector: 'http',
        action: 'request',
        input: { method: 'POST', url: 'http://127.0.0.1:9/work-orders', body: '=$trigger.body' },
      },
    ],
  };
}
