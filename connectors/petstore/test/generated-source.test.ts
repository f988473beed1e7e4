import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageRoot, '../..');
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the committed petstore source', () => {
  it('is exactly what the OpenAPI import generates from the fixture today', async () => {
    const index = await readFile(path.join(packageRoot, 'src/index.ts'), 'utf8');
    // The header of every generated file holds the command that made it.
    const command = /^\/\/ {3}npm run connector:import-openapi -- (.+)$/m.exec(index)?.[1];
    expect(command, 'regenerate command in src/index.ts').toBeDefined();
    const out = await mkdtemp(path.join(tmpdir(), 'petstore-regenerated-'));
    scratch.push(out);
    await run(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/connector-import-openapi.ts',
        ...splitArgs(command!),
        '--out',
        out,
      ],
      { cwd: repoRoot },
    );

    const committed = await filesUnder(path.join(packageRoot, 'src'));
    const regenerated = await filesUnder(path.join(out, 'src'));
    expect(Object.keys(regenerated).sort()).toEqual(Object.keys(committed).sort());
    for (const [file, content] of Object.entries(regenerated)) {
      expect(committed[file], `src/${file} differs: run the command in its header`).toBe(content);
    }
  }, 60_000);
});

async function filesUnder(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, full)] = await readFile(full, 'utf8');
  }
  return files;
}

/** The header's command as argv: words, or double-quoted strings with backslash escapes. */
function splitArgs(command: string): string[] {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((match) =>
    match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]!,
  );
}
