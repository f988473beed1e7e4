import { spawn } from 'node:child_process';
import { access, constants, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the Temporal CLI (which embeds the dev server and its Web UI), building
 * it from its Go module when it is nowhere to be found. Newer CLI tags carry a
 * `replace` directive that `go install …@version` refuses, so the version is pinned.
 */

export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS_BIN = path.join(repoRoot, '.tools', 'bin');

export class TemporalCliUnavailableError extends Error {
  readonly code = 'temporal_cli_unavailable';
}

export interface LocateOptions {
  /** build from the Go module when missing (default true) */
  build?: boolean;
  log?: (line: string) => void;
}

export async function locateTemporalCli(options: LocateOptions = {}): Promise<string> {
  const log = options.log ?? ((line: string) => console.log(line));
  const fromEnv = process.env.TEMPORAL_CLI_PATH;
  if (fromEnv && (await isExecutable(fromEnv))) return fromEnv;

  const local = path.join(TOOLS_BIN, 'temporal');
  if (await isExecutable(local)) return local;

  const onPath = await findOnPath('temporal');
  if (onPath) return onPath;

  if (options.build === false) {
    throw new TemporalCliUnavailableError(`Temporal CLI not found on PATH or in ${TOOLS_BIN}.`);
  }
  const go = (await findOnPath('go')) ?? ((await isExecutable('/usr/local/go/bin/go')) ? '/usr/local/go/bin/go' : null);
  if (!go) {
    throw new TemporalCliUnavailableError(
      [
        'The Temporal CLI is not installed and Go is not available to build it.',
        'Install one of:',
        '  - Temporal installer:  curl -sSf https://temporal.download/cli.sh | sh',
        '  - Homebrew:            brew install temporal',
        `  - Go (then re-run):    go install ${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`,
        'or point TEMPORAL_CLI_PATH at an existing binary.',
      ].join('\n'),
    );
  }
  log(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} from its Go module (first time only, a few minutes)…`);
  await mkdir(TOOLS_BIN, { recursive: true });
  await runGoInstall(go, local);
  return local;
}

async function runGoInstall(go: string, expectedBinary: string): Promise<void> {
  const child = spawn(go, ['install', `${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`], {
    env: { ...process.env, GOBIN: TOOLS_BIN, GOFLAGS: process.env.GOFLAGS ?? '-mod=mod' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0 || !(await isExecutable(expectedBinary))) {
    throw new TemporalCliUnavailableError(
      `go install ${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION} failed (exit ${code}). ` +
        'Check that the Go module proxy is reachable, or install the CLI another way and set TEMPORAL_CLI_PATH.',
    );
  }
}

async function findOnPath(binary: string): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, binary);
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// `npm run temporal:install` builds (or finds) the CLI and prints where it is.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  locateTemporalCli()
    .then((cli) => console.log(cli))
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
