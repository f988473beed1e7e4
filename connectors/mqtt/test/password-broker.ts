import { spawn, execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface PasswordBroker {
  /** mqtt://127.0.0.1:<port> */
  url: string;
  stop(): Promise<void>;
}

/**
 * A private Mosquitto that refuses anonymous clients and knows one user, on a
 * free port, for tests of rejected credentials (the machine's broker is anonymous).
 * Needs `mosquitto` and `mosquitto_passwd` on the PATH.
 *
 * @example
 * const broker = await startPasswordBroker('plant', 'S3cret');
 * try { … } finally { await broker.stop(); }
 */
export async function startPasswordBroker(username: string, password: string): Promise<PasswordBroker> {
  const dir = await mkdtemp(join(tmpdir(), 'tributary-mosquitto-'));
  const passwordFile = join(dir, 'passwords');
  await promisify(execFile)('mosquitto_passwd', ['-b', '-c', passwordFile, username, password]);
  const port = await freePort();
  const config = join(dir, 'mosquitto.conf');
  await writeFile(
    config,
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous false',
      `password_file ${passwordFile}`,
      'persistence false',
      // Running as root, Mosquitto would switch to its own user, which cannot read the temporary folder.
      'user root',
      '',
    ].join('\n'),
  );
  const broker = spawn('mosquitto', ['-c', config], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => broker.once('exit', () => resolve()));
  try {
    await untilListening(port);
  } catch (error) {
    broker.kill();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `mqtt://127.0.0.1:${port}`,
    async stop() {
      broker.kill();
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function untilListening(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`mosquitto did not listen on port ${port} within 5 s`);
}
