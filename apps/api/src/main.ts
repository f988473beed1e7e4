import { buildAppConfig, InvalidConfigurationError, type AppConfig } from './config/app-config';
import { createApp } from './app.factory';
import { createAppLogger } from './logging/app-logger';

/** Starts the API: `npm start -w @tributary/api` (reads the environment once, here). */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = buildAppConfig(process.env);
  } catch (error) {
    if (error instanceof InvalidConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createAppLogger(config.logLevel);
  const app = await createApp(config, { logger });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  logger.info({ url, docs: `${config.publicUrl}/docs` }, 'api listening');
  process.stdout.write(`Tributary API listening on ${url} (docs: ${config.publicUrl}/docs)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
