import { startCmmsSimulator, type CmmsSimulator } from '@tributary/examples';
import { afterEach } from 'vitest';
import type { CmmsAuth } from '../src/auth';

export const API_KEY = 'cmms-key_Zx9/+=&q?7';
export const CLIENT = { clientId: 'tributary', clientSecret: 'client-secret_Zx9/+=&q?7' };

/** A real CMMS simulator on a free port, plus the log lines of the writes it answered. */
export interface CmmsUnderTest {
  cmms: CmmsSimulator;
  /** e.g. `POST /api/work-orders → 201`, one per write request (token requests included) */
  writes: string[];
  apiKeyAuth: Extract<CmmsAuth, { type: 'apiKey' }>;
  oauth2Auth: Extract<CmmsAuth, { type: 'oauth2' }>;
  /** stops it early (it is stopped after each test anyway) */
  stop(): Promise<void>;
}

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((stop) => stop()));
});

export async function startCmms(options: { port?: number } = {}): Promise<CmmsUnderTest> {
  const writes: string[] = [];
  const cmms = await startCmmsSimulator({
    apiKey: API_KEY,
    oauthClients: [CLIENT],
    log: (line) => writes.push(line),
    ...options,
  });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= cmms.close());
  running.push(stop);
  return {
    stop,
    cmms,
    writes,
    apiKeyAuth: { type: 'apiKey', baseUrl: cmms.url, apiKey: API_KEY },
    oauth2Auth: { type: 'oauth2', baseUrl: cmms.url, ...CLIENT },
  };
}

export const pumpSeal = {
  title: 'Replace pump seal',
  assetTag: 'PUMP-07',
  priority: 1,
  dueAt: '2026-12-15T00:00:00Z',
  externalRef: 'MJ-100001',
} as const;
