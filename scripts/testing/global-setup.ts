import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { locateTemporalCli } from '../runtime/temporal-cli';
import { startTemporalDevServer, type TemporalDevServer } from '../runtime/temporal-dev-server';
import { freePort } from '../runtime/wait-for-port';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database';

/**
 * Starts the real services integration tests run against, once per test run:
 * an in-memory Temporal dev server (and its Web UI) on free ports (so parallel runs and a
 * developer's `npm start` never collide) and a fresh, migrated PostgreSQL
 * database on the machine's server (TEST_POSTGRES_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cli = await locateTemporalCli();
  const [temporal, database] = await Promise.all([
    // with its Web UI, so browser tests can follow a run's "Open in Temporal UI" link
    startTemporalDevServer({ cliPath: cli, port: await freePort(), uiPort: await freePort() }),
    createThrowawayDatabase(`tributary_test_${randomBytes(4).toString('hex')}`),
  ]);

  project.provide('temporalAddress', temporal.address);
  project.provide('temporalNamespace', temporal.namespace);
  project.provide('temporalUiUrl', temporal.uiUrl ?? '');
  project.provide('databaseUrl', database.url);

  return async () => {
    await Promise.allSettled([stop(temporal), drop(database)]);
  };
}

async function stop(temporal: TemporalDevServer) {
  await temporal.stop();
}

async function drop(database: ThrowawayDatabase) {
  if (process.env.KEEP_TEST_DATABASE) return;
  await database.drop();
}
