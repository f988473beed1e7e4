/**
 * Runs the ERP and CMMS simulators for `npm start` (or `npm start -w @tributary/examples`).
 * The only file of this package that reads the environment.
 */
import { z } from 'zod';
import { startCmmsSimulator } from './cmms-simulator/index';
import { startErpSimulator } from './erp-simulator/index';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

const SimulatorsConfig = z.object({
  ERP_PORT: port(4010),
  CMMS_PORT: port(4020),
  SIMULATORS_HOST: z.string().default('127.0.0.1'),
  // Demo defaults so a fresh checkout works; documented in examples/README.md.
  ERP_API_KEY: z.string().default('erp-demo-key'),
  CMMS_API_KEY: z.string().default('cmms-demo-key'),
  CMMS_OAUTH_CLIENT_ID: z.string().default('tributary'),
  CMMS_OAUTH_CLIENT_SECRET: z.string().default('cmms-demo-secret'),
  ERP_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000/hooks/erp/maintenance-jobs'),
});

async function main(): Promise<void> {
  // An empty variable means "use the default", as in most .env tooling.
  const env = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));
  const parsed = SimulatorsConfig.safeParse(env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`simulators: ${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  const config = parsed.data;

  const erp = await startErpSimulator({
    port: config.ERP_PORT,
    host: config.SIMULATORS_HOST,
    apiKey: config.ERP_API_KEY,
    webhookUrl: config.ERP_WEBHOOK_URL,
    log: (line) => console.log(`[erp]  ${line}`),
  });
  const cmms = await startCmmsSimulator({
    port: config.CMMS_PORT,
    host: config.SIMULATORS_HOST,
    apiKey: config.CMMS_API_KEY,
    oauthClients: [{ clientId: config.CMMS_OAUTH_CLIENT_ID, clientSecret: config.CMMS_OAUTH_CLIENT_SECRET }],
    log: (line) => console.log(`[cmms] ${line}`),
  });

  console.log(`Acme ERP simulator   ${erp.url}  (webhooks → ${config.ERP_WEBHOOK_URL})`);
  console.log(`Acme CMMS simulator  ${cmms.url}  (OAuth2 client id "${config.CMMS_OAUTH_CLIENT_ID}")`);
  console.log(`Raise a maintenance job at ${erp.url}/ and watch the work order appear at ${cmms.url}/`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1); // a second Ctrl-C means "now"
    stopping = true;
    console.log(`simulators: ${signal} received, stopping`);
    void Promise.all([erp.close(), cmms.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('simulators: failed to stop cleanly', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('simulators: failed to start', error);
  process.exit(1);
});
