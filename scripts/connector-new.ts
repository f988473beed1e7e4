/**
 * `npm run connector:new <name> [-- --display "Plant historian"]`: scaffolds
 * connectors/<name> as a workspace package with a working action and passing
 * tests, and adds it to the root workspaces. Run `npm install` after it so
 * the worker finds the package.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeConnectorPackage } from './connector-scaffold/write-connector-package';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<void> {
  const name = argv.find((arg) => !arg.startsWith('--'));
  const displayIndex = argv.indexOf('--display');
  const display = displayIndex >= 0 ? argv[displayIndex + 1] : undefined;
  if (!name) throw new Error('usage: npm run connector:new <name> [-- --display "Display name"]');
  const folder = path.join(repoRoot, 'connectors', name);
  if (existsSync(folder)) throw new Error(`connectors/${name} already exists; pick another name`);
  await mkdir(folder, { recursive: true });
  const written = await writeConnectorPackage({ folder, name, displayName: display, repoRoot });
  await addWorkspace(`connectors/${name}`);
  await addToDockerfiles(`connectors/${name}`);
  console.log(`created connectors/${name}:\n${written.map((file) => `  ${file}`).join('\n')}`);
  console.log(`next: npm install && npx vitest run connectors/${name}`);
}

async function addWorkspace(workspace: string): Promise<void> {
  const file = path.join(repoRoot, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { workspaces: string[] };
  if (manifest.workspaces.includes(workspace)) return;
  const afterConnectors = manifest.workspaces.findLastIndex((entry) => entry.startsWith('connectors/'));
  manifest.workspaces.splice(afterConnectors + 1, 0, workspace);
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The images run `npm ci`, which needs every workspace's manifest; the Dockerfile test checks it. */
async function addToDockerfiles(workspace: string): Promise<void> {
  for (const app of ['api', 'worker', 'web']) {
    const file = path.join(repoRoot, 'apps', app, 'Dockerfile');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = `COPY ${workspace}/package.json ${workspace}/`;
    if (lines.includes(line)) continue;
    const lastConnector = lines.findLastIndex((entry) => entry.startsWith('COPY connectors/'));
    lines.splice(lastConnector + 1, 0, line);
    await writeFile(file, lines.join('\n'));
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
