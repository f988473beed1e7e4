import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeConnectorPackage } from './write-connector-package';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('connector:new', () => {
  it('scaffolds a package that type-checks and whose tests pass as written', async () => {
    // inside the repository, so the package resolves the SDK like a real one
    await mkdir(path.join(repoRoot, '.data'), { recursive: true });
    const base = await mkdtemp(path.join(repoRoot, '.data', 'scaffold-'));
    scratch.push(base);
    const folder = path.join(base, 'plant-historian');
    const files = await writeConnectorPackage({ folder, name: 'plant-historian', repoRoot });
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'src/index.ts',
        'src/auth.ts',
        'src/client.ts',
        'test/conformance.test.ts',
      ]),
    );

    await run(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', folder], {
      cwd: repoRoot,
    });
    // its own config: the repository's global setup (Temporal, Postgres) is not needed
    const config = path.join(base, 'vitest.scaffold.config.mjs');
    await writeFile(config, "export default { test: { include: ['test/**/*.test.ts'] } };\n");
    const { stdout } = await run(
      process.execPath,
      [path.join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', config, '--root', folder],
      { cwd: folder, env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(stdout).toMatch(/Tests\s+\d+ passed/);
  }, 120_000);

  it('refuses a name the worker could not load', async () => {
    await expect(
      writeConnectorPackage({ folder: path.join(repoRoot, '.data', 'never'), name: 'Plant_Historian', repoRoot }),
    ).rejects.toThrow(/not a connector name/);
  });
});
