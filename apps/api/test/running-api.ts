import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino, type Logger } from 'pino';
import { inject } from 'vitest';
import type { PrismaClient } from '@tributary/db';
import { createApp } from '../src/app.factory';
import { buildAppConfig, type AppConfig } from '../src/config/app-config';
import { PRISMA } from '../src/database/database.module';
import { SecretLeakGuard } from './secret-leak-guard';

export interface RunningApi {
  baseUrl: string;
  config: AppConfig;
  /** the Nest application, for tests that inspect its routes */
  app: NestExpressApplication;
  /** the ADMIN_API_KEY this API was started with; `request()` sends it unless told otherwise */
  adminKey: string;
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    options?: RequestOptions,
  ): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface RequestOptions {
  /** the API key to send as a bearer token; null sends none. Default: the admin key */
  apiKey?: string | null;
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
export interface StartApiOptions {
  /** e.g. a pino logger writing to memory, so a test can read every log line (see captureLogs) */
  logger?: Logger;
}

export async function startApi(env: Record<string, string> = {}, options: StartApiOptions = {}): Promise<RunningApi> {
  const adminKey = env.ADMIN_API_KEY ?? `trb_test_${randomBytes(24).toString('hex')}`;
  const config = buildAppConfig({
    DATABASE_URL: inject('databaseUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    CONNECTION_SECRETS_KEY: randomBytes(32).toString('base64'),
    PORT: '0',
    LOG_LEVEL: 'silent',
    ADMIN_API_KEY: adminKey,
    // Test APIs share one database but each has its own task queue: one API
    // reconciling every test's triggers at start would take them over.
    TRIGGERS_RECONCILE_ON_START: 'false',
    ...env,
  });
  // Every API under test is watched for leaks: what it logs and answers, and the audit rows it writes.
  const capture = captureLogs();
  const guard = new SecretLeakGuard([adminKey]);
  const startedAt = new Date();
  const app = await createApp(config, { logger: options.logger ?? capture.logger });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    config,
    app,
    adminKey,
    async request(method, path, body, headers = {}, options = {}) {
      const apiKey = options.apiKey === undefined ? adminKey : options.apiKey;
      const allHeaders = {
        ...(apiKey === null ? {} : { authorization: `Bearer ${apiKey}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      };
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: allHeaders,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      guard.sent(method, path, body);
      guard.answered(`${method} ${path} → ${response.status}`, text);
      return {
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        headers: response.headers,
        body: text ? JSON.parse(text) : undefined,
      };
    },
    async close() {
      await app.close();
      const audit = await app
        .get<PrismaClient>(PRISMA)
        .auditEvent.findMany({ where: { createdAt: { gte: startedAt } } });
      guard.assertNoLeak(capture.lines, audit);
    },
  };
}

/** A pino logger at `trace` that keeps every line in memory, for tests that check what the API logs. */
export function captureLogs(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
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
