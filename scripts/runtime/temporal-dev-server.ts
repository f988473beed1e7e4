import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { SEARCH_ATTRIBUTES } from '@tributary/workflows/run-flow.contract';
import { waitForPort } from './wait-for-port';

/**
 * Runs `temporal server start-dev`: a real Temporal server (SQLite-backed) with
 * its Web UI. Tributary's custom search attributes are declared at start so
 * runs can be filtered by flow, version and trigger in the UI.
 */

export interface TemporalDevServerOptions {
  cliPath: string;
  host?: string;
  port: number;
  /** omit for headless */
  uiPort?: number;
  /** SQLite file; omit for an in-memory server (tests) */
  dbFile?: string;
  namespace?: string;
  logFile?: string;
}

export interface TemporalDevServer {
  address: string;
  namespace: string;
  uiUrl?: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export const SEARCH_ATTRIBUTE_TYPES: Record<string, 'Keyword' | 'Int'> = {
  [SEARCH_ATTRIBUTES.flow]: 'Keyword',
  [SEARCH_ATTRIBUTES.flowVersion]: 'Int',
  [SEARCH_ATTRIBUTES.trigger]: 'Keyword',
};

export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const host = options.host ?? '127.0.0.1';
  const namespace = options.namespace ?? 'default';
  const args = ['server', 'start-dev', '--ip', host, '--port', String(options.port), '--namespace', namespace];
  args.push('--log-level', 'warn');
  if (options.uiPort) args.push('--ui-port', String(options.uiPort), '--ui-ip', host);
  else args.push('--headless');
  if (options.dbFile) {
    await mkdir(path.dirname(options.dbFile), { recursive: true });
    args.push('--db-filename', options.dbFile);
  }
  for (const [name, type] of Object.entries(SEARCH_ATTRIBUTE_TYPES)) {
    args.push('--search-attribute', `${name}=${type}`);
  }

  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const capture = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', capture);
  child.stderr?.on('data', capture);
  let exited = false;
  child.on('exit', () => (exited = true));

  try {
    await waitForPort(host, options.port, {
      timeoutMs: 60_000,
      abortIf: () => (exited ? `Temporal dev server exited early:\n${output}` : null),
    });
    if (options.uiPort) await waitForPort(host, options.uiPort, { timeoutMs: 30_000 });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  return {
    address: `${host}:${options.port}`,
    namespace,
    uiUrl: options.uiPort ? `http://${host}:${options.uiPort}` : undefined,
    process: child,
    stop: () => stopProcess(child),
  };
}

export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
