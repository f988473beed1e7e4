import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Makes a new connector folder part of the monorepo: a root workspace (so
 * `npm install` links it and the worker finds it) and a COPY line in each
 * app image's Dockerfile. Both connector:new and connector:import-openapi call it.
 */
export async function registerConnectorWorkspace(repoRoot: string, workspace: string): Promise<void> {
  await addWorkspace(repoRoot, workspace);
  await addToDockerfiles(repoRoot, workspace);
}

async function addWorkspace(repoRoot: string, workspace: string): Promise<void> {
  const file = path.join(repoRoot, 'package.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { workspaces: string[] };
  if (manifest.workspaces.includes(workspace)) return;
  const afterConnectors = manifest.workspaces.findLastIndex((entry) => entry.startsWith('connectors/'));
  manifest.workspaces.splice(afterConnectors + 1, 0, workspace);
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The images run `npm ci`, which needs every workspace's manifest; the Dockerfile test checks it. */
async function addToDockerfiles(repoRoot: string, workspace: string): Promise<void> {
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
