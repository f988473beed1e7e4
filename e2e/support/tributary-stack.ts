import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '@tributary/api/app.factory';
import { buildAppConfig } from '@tributary/api/config/app-config';
import { startCmmsSimulator, startErpSimulator, type CmmsSimulator, type ErpSimulator } from '@tributary/examples';
import { inject } from 'vitest';
import { seedDemo } from '../../scripts/runtime/seed-demo';
import type { ApiEndpoint } from './runs-api';
import { WorkerProcess } from './worker-process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The whole product as `npm start` wires it, on the test run's Temporal
 * server and database: ERP + CMMS simulators, the API (in process, random
 * port), a worker process, and the demo flow seeded through the public API.
 */
export interface TributaryStack {
  apiUrl: string;
  /** the API with its admin key, for reading runs */
  api: ApiEndpoint;
  erp: ErpSimulator;
  cmms: CmmsSimulator;
  worker: WorkerProcess;
  workerEnv: Record<string, string>;
  secrets: { erpApiKey: string; cmmsApiKey: string };
  restartWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface TributaryStackOptions {
  /** seed the demo connections and publish the demo flow, as `npm start` does (default true) */
  seedDemoFlow?: boolean;
  /** the Temporal Web UI that run links point at; none by default */
  temporalUiUrl?: string;
  /** a database of its own (e.g. for a first-run setup); the test run's shared one by default */
  databaseUrl?: string;
}

export async function startTributaryStack(options: TributaryStackOptions = {}): Promise<TributaryStack> {
  const secrets = { erpApiKey: `erp_${randomUUID()}`, cmmsApiKey: `cmms_${randomUUID()}` };
  const connectionSecretsKey = randomBytes(32).toString('base64');
  const taskQueue = `e2e-${randomUUID()}`;
  const adminApiKey = `trb_e2e_${randomBytes(24).toString('hex')}`;
  const [erp, cmms] = await Promise.all([
    startErpSimulator({ apiKey: secrets.erpApiKey }),
    startCmmsSimulator({ apiKey: secrets.cmmsApiKey }),
  ]);

  const env = {
    DATABASE_URL: options.databaseUrl ?? inject('databaseUrl'),
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    TEMPORAL_TASK_QUEUE: taskQueue,
    CONNECTION_SECRETS_KEY: connectionSecretsKey,
    LOG_LEVEL: 'warn',
  };
  const app: INestApplication = await createApp(
    buildAppConfig({
      ...env,
      PORT: '0',
      TEMPORAL_UI_URL: options.temporalUiUrl ?? 'off',
      ADMIN_API_KEY: adminApiKey,
    }),
  );
  await app.listen(0, '127.0.0.1');
  const apiUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const workerEnv = { ...env, LOG_LEVEL: 'info' };
  let worker = await WorkerProcess.start(workerEnv);

  if (options.seedDemoFlow ?? true) {
    const seeded = await seedDemo({
      apiUrl,
      apiKey: adminApiKey,
      flowFile: path.join(root, 'examples', 'flows', 'erp-maintenance-to-cmms.flow.json'),
      erp: { url: erp.url, apiKey: secrets.erpApiKey },
      cmms: { url: cmms.url, apiKey: secrets.cmmsApiKey },
    });
    erp.setWebhookUrl(`${apiUrl}/hooks/${seeded.webhookPath}`);
  }

  const stack: TributaryStack = {
    apiUrl,
    api: { url: apiUrl, key: adminApiKey },
    erp,
    cmms,
    get worker() {
      return worker;
    },
    workerEnv,
    secrets,
    async restartWorker() {
      worker = await WorkerProcess.start(workerEnv);
    },
    async stop() {
      await worker.kill('SIGTERM');
      await app.close();
      await Promise.allSettled([erp.close(), cmms.close()]);
    },
  };
  return stack;
}
