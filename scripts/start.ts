import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLocalStackConfig } from './runtime/local-stack-config';
import { loadOrCreateLocalSecrets } from './runtime/local-secrets';
import { ProcessSupervisor } from './runtime/process-supervisor';
import { seedDemo } from './runtime/seed-demo';
import { locateTemporalCli } from './runtime/temporal-cli';
import { startTemporalDevServer, type TemporalDevServer } from './runtime/temporal-dev-server';
import { canConnect, waitForPort } from './runtime/wait-for-port';

/**
 * `npm start`: the whole product on one machine with embedded defaults —
 * Temporal dev server (+ Web UI), a database, the ERP and CMMS simulators,
 * api, worker and web — then the demo flow seeded and the URLs printed.
 * Ctrl-C stops everything this started.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

async function main(): Promise<void> {
  const config = buildLocalStackConfig(process.env);
  const dataDir = path.resolve(root, config.TRIBUTARY_DATA_DIR);
  const secrets = await loadOrCreateLocalSecrets(dataDir);
  const cleanups: Array<() => Promise<void>> = [];
  let shuttingDown = false;

  const supervisor = new ProcessSupervisor((name, code) => {
    console.error(`\n${name} exited unexpectedly (code ${code}); stopping everything.`);
    void shutdown(1);
  });
  async function shutdown(exitCode: number): Promise<void> {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log('\nStopping Tributary…');
    await supervisor.stopAll();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    process.exit(exitCode);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await bringUp();
  } catch (error) {
    console.error(`\nnpm start failed: ${(error as Error).message}`);
    await shutdown(1);
  }

  async function bringUp(): Promise<void> {
    await step('Prisma client', () => ensurePrismaClient());

    const temporal = await step('Temporal dev server', () =>
      ensureTemporal(config.TEMPORAL_PORT, config.TEMPORAL_UI_PORT, dataDir),
    );
    if (temporal.server) cleanups.push(() => temporal.server!.stop());

    const databaseUrl = await step('Database', async () => {
      if (config.DATABASE_URL) return config.DATABASE_URL;
      const { startEmbeddedPostgres } = await import('@tributary/db');
      const embedded = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, 'postgres'),
        port: config.EMBEDDED_POSTGRES_PORT,
        host: HOST,
      });
      cleanups.push(() => embedded.stop());
      return embedded.databaseUrl;
    });
    await step('Migrations', async () => {
      const { ensureDatabaseExists, migrateDatabase } = await import('@tributary/db');
      if (config.DATABASE_URL) await ensureDatabaseExists(databaseUrl);
      const { applied } = await migrateDatabase(databaseUrl);
      return applied.length ? `applied ${applied.join(', ')}` : 'up to date';
    });

    const apiUrl = `http://${HOST}:${config.API_PORT}`;
    const erpUrl = `http://${HOST}:${config.ERP_PORT}`;
    const cmmsUrl = `http://${HOST}:${config.CMMS_PORT}`;
    const adminApiKey = config.ADMIN_API_KEY ?? secrets.adminApiKey;
    const shared = {
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: 'default',
      CONNECTION_SECRETS_KEY: config.CONNECTION_SECRETS_KEY ?? secrets.connectionSecretsKey,
      LOG_LEVEL: config.LOG_LEVEL,
    };
    // One process per service (`node --import tsx`), so signals reach the service itself.
    const node = process.execPath;
    const tsx = (entry: string) => ['--import', 'tsx', entry];
    // Each package compiles with its own tsconfig (the API needs legacy decorators).
    const tsconfigOf = (pkg: string) => ({ TSX_TSCONFIG_PATH: path.join(root, pkg, 'tsconfig.json') });

    await step('ERP + CMMS simulators', async () => {
      supervisor.start(
        'simulators',
        node,
        tsx('examples/simulators.cli.ts'),
        {
          ERP_PORT: String(config.ERP_PORT),
          CMMS_PORT: String(config.CMMS_PORT),
          ERP_API_KEY: secrets.erpApiKey,
          CMMS_API_KEY: secrets.cmmsApiKey,
          ERP_WEBHOOK_URL: `${apiUrl}/hooks/erp/maintenance-jobs`,
          ...tsconfigOf('examples'),
        },
        root,
      );
      await Promise.all([
        waitForPort(HOST, config.ERP_PORT, { timeoutMs: 30_000 }),
        waitForPort(HOST, config.CMMS_PORT, { timeoutMs: 30_000 }),
      ]);
    });
    await step('API', async () => {
      supervisor.start(
        'api',
        node,
        tsx('apps/api/src/main.ts'),
        {
          ...shared,
          ...tsconfigOf('apps/api'),
          PORT: String(config.API_PORT),
          HOST,
          TEMPORAL_UI_URL: temporal.uiUrl,
          // the browser's one origin: the web dev server proxies /v1 and /hooks to the API, so
          // OAuth2 callbacks land in the web app and cookies belong to the page that signs in
          PUBLIC_URL: `http://${HOST}:${config.WEB_PORT}`,
          ADMIN_API_KEY: adminApiKey,
        },
        root,
      );
      await waitForHttp(`${apiUrl}/ready`, 60_000);
    });
    await step('Worker', async () => {
      supervisor.start(
        'worker',
        node,
        tsx('apps/worker/src/main.ts'),
        { ...shared, ...tsconfigOf('apps/worker') },
        root,
      );
    });
    await step('Web', async () => {
      supervisor.start(
        'web',
        path.join(root, 'node_modules', '.bin', 'vite'),
        ['--host', HOST, '--port', String(config.WEB_PORT), '--strictPort'],
        // the dev server proxies API paths without credentials: the browser signs in
        { TRIBUTARY_API_URL: apiUrl },
        path.join(root, 'apps', 'web'),
      );
      await waitForPort(HOST, config.WEB_PORT, { timeoutMs: 60_000 });
    });
    const { signIn } = await step('Admin user', async () => ({
      signIn: await ensureLocalAdminUser(apiUrl, secrets.adminPassword),
    }));
    const seeded = await step('Demo flow', () =>
      seedDemo({
        apiUrl,
        apiKey: adminApiKey,
        flowFile: path.join(root, 'examples', 'flows', 'erp-maintenance-to-cmms.flow.json'),
        erp: { url: erpUrl, apiKey: secrets.erpApiKey },
        cmms: { url: cmmsUrl, apiKey: secrets.cmmsApiKey },
      }),
    );

    console.log(`
Tributary is running.
  Web app         http://${HOST}:${config.WEB_PORT}
  Sign in         ${signIn}
  API             ${apiUrl}/v1   (docs ${apiUrl}/docs, OpenAPI ${apiUrl}/openapi.json)
  Admin API key   ${config.ADMIN_API_KEY ? 'ADMIN_API_KEY' : `"adminApiKey" in ${path.relative(root, dataDir)}/local-secrets.json`} (send as Authorization: Bearer …)
  Temporal UI     ${temporal.uiUrl}/namespaces/default/workflows
  ERP simulator   ${erpUrl}   ← raise a maintenance job here
  CMMS simulator  ${cmmsUrl}
  Demo flow       ${seeded.flowSlug} (webhook ${apiUrl}/hooks/${seeded.webhookPath})
  Database        ${config.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir)}/postgres`}
Press Ctrl-C to stop.`);
  }
}

const LOCAL_ADMIN_EMAIL = 'admin@tributary.local';

/**
 * The web app needs a user to sign in: on the first start, the API's
 * first-run setup creates the local admin with the password kept in
 * local-secrets.json. Returns the sign-in line to print; when someone else
 * did the setup, their credentials apply and are not known here.
 */
async function ensureLocalAdminUser(apiUrl: string, password: string): Promise<string> {
  const status = (await (await fetch(`${apiUrl}/v1/setup`)).json()) as { required?: boolean };
  const credentials = { email: LOCAL_ADMIN_EMAIL, password };
  if (status.required) {
    const created = await fetch(`${apiUrl}/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Local admin', ...credentials }),
    });
    if (!created.ok) throw new Error(`creating the local admin failed: ${created.status} ${await created.text()}`);
    await endSession(apiUrl, created);
    return `${LOCAL_ADMIN_EMAIL} / ${password}`;
  }
  const signedIn = await fetch(`${apiUrl}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!signedIn.ok) return 'with the admin user created at first setup';
  await endSession(apiUrl, signedIn);
  return `${LOCAL_ADMIN_EMAIL} / ${password}`;
}

/** Signs out the session a setup or sign-in check started, so no unused session stays behind. */
async function endSession(apiUrl: string, started: Response): Promise<void> {
  const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie) return;
  await fetch(`${apiUrl}/v1/sessions/current`, {
    method: 'DELETE',
    headers: { cookie, 'x-requested-with': 'tributary-start' },
  });
}

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  process.stdout.write(`• ${label}… `);
  try {
    const result = await run();
    const note = typeof result === 'string' && !result.includes('://') ? ` (${result})` : '';
    console.log(`ok${note} ${Date.now() - started} ms`);
    return result;
  } catch (error) {
    console.log('failed');
    throw error;
  }
}

async function ensurePrismaClient(): Promise<void> {
  if (existsSync(path.join(root, 'prisma', 'generated', 'client', 'client.ts'))) return;
  await run('npm', ['run', 'db:generate', '--silent']);
}

/** Reuses a Temporal server already on the port (e.g. a previous `npm start`), else starts one. */
async function ensureTemporal(
  port: number,
  uiPort: number,
  dataDir: string,
): Promise<{ address: string; uiUrl: string; server?: TemporalDevServer }> {
  const address = `${HOST}:${port}`;
  if (await canConnect(HOST, port)) return { address, uiUrl: `http://${HOST}:${uiPort}` };
  const server = await startTemporalDevServer({
    cliPath: await locateTemporalCli(),
    port,
    uiPort,
    dbFile: path.join(dataDir, 'temporal', 'temporal.sqlite'),
  });
  return { address, uiUrl: server.uiUrl!, server };
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs} ms (last: ${last})`);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

main().catch((error: Error) => {
  console.error(`\nnpm start failed: ${error.message}`);
  process.exit(1);
});
