import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

export interface WorkerProcess {
  /** SIGKILL, resolved once the process is gone */
  kill(): Promise<void>;
  /** what the process printed so far */
  output(): string;
}

/**
 * Starts a worker script of this folder (`*.process.ts`) in a child process
 * and resolves once it printed "ready". Only a real process can be crashed
 * for real: SIGKILL leaves no graceful shutdown, no cancellation and no last
 * heartbeat, which is what Temporal must recover from.
 */
export async function startWorkerProcess(script: string, options: object, name = script): Promise<WorkerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, script), JSON.stringify(options)],
    // tsx resolves from the repository root, where it is installed.
    { cwd: path.resolve(import.meta.dirname, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit');
  await Promise.race([
    waitFor(() => output.includes('ready\n'), `${name} to start polling`, 60_000),
    exited.then(([code]) => {
      throw new Error(`${name} exited with ${String(code)} before polling:\n${output}`);
    }),
  ]);
  return {
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
    output: () => output,
  };
}

/** Polls `probe` until it returns something other than undefined/false. */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
