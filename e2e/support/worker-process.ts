import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The real worker entry point (`apps/worker/src/main.ts`) in its own process,
 * so a test can kill it the way a crash or an OOM would: SIGKILL, no goodbye.
 */
export class WorkerProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(env: Record<string, string>): Promise<WorkerProcess> {
    // `node --import tsx`, not the tsx CLI: the CLI runs the program in a
    // grandchild that a SIGKILL of the CLI would leave running.
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'apps/worker/tsconfig.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    await worker.waitForLog('worker polling', 90_000);
    return worker;
  }

  get logs(): string {
    return this.output;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill(signal);
    await exited;
  }

  private async waitForLog(text: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(text)) {
      if (this.child.exitCode !== null) throw new Error(`worker exited (${this.child.exitCode}):\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`worker did not log "${text}" within ${timeoutMs} ms:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
