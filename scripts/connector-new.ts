/**
 * `npm run connector:new <name> [-- --display "Plant historian"]`: scaffolds
 * connectors/<name> as a workspace package with a working action and passing
 * tests, and adds it to the root workspaces. Run `npm install` after it so
 * the worker finds the package.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerConnectorWorkspace } from './connector-scaffold/register-connector-workspace';
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
  await registerConnectorWorkspace(repoRoot, `connectors/${name}`);
  console.log(`created connectors/${name}:\n${written.map((file) => `  ${file}`).join('\n')}`);
  console.log(`next: npm install && npx vitest run connectors/${name}`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
