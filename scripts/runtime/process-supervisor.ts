import { spawn, type ChildProcess } from 'node:child_process';
import { stopProcess } from './temporal-dev-server';

interface Supervised {
  name: string;
  child: ChildProcess;
}

/**
 * Runs the product's processes side by side with prefixed output. When one
 * dies on its own, `onCrash` is told so the whole stack can stop rather than
 * limp along half-started.
 */
export class ProcessSupervisor {
  private readonly processes: Supervised[] = [];
  private stopping = false;

  constructor(private readonly onCrash: (name: string, code: number | null) => void) {}

  start(name: string, command: string, args: string[], env: Record<string, string>, cwd: string): ChildProcess {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = `[${name}]`.padEnd(12);
    const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(`${prefix} ${line}\n`);
    };
    child.stdout?.on('data', relay(process.stdout));
    child.stderr?.on('data', relay(process.stderr));
    child.on('exit', (code) => {
      if (!this.stopping) this.onCrash(name, code);
    });
    this.processes.push({ name, child });
    return child;
  }

  /** Stops everything in reverse start order. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const { child } of [...this.processes].reverse()) await stopProcess(child);
  }
}
