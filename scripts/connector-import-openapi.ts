/**
 * `npm run connector:import-openapi -- <openapi.json|yaml> <name> [--display "…"]
 *   [--operations a,b,c] [--document-url <url>] [--out <folder>]`:
 * generates connectors/<name> from an OpenAPI 3.x document (see
 * scripts/openapi-import/generate-connector.ts). `src/` is replaced on every
 * run; package.json, tsconfig.json, README.md and the conformance test are
 * written only when missing, so hand-written tests and notes survive a regeneration.
 * `--out` writes the package somewhere else and registers no workspace (the
 * freshness test of a generated connector uses it).
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONNECTOR_NAME_PATTERN } from '@tributary/connector-sdk';
import { packageManifestFiles } from './connector-scaffold/connector-package-files';
import { registerConnectorWorkspace } from './connector-scaffold/register-connector-workspace';
import { generateConnector } from './openapi-import/generate-connector';
import { generatedReadme } from './openapi-import/generated-readme';
import { parseImportArguments } from './openapi-import/import-arguments';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<void> {
  const args = parseImportArguments(argv);
  if (!CONNECTOR_NAME_PATTERN.test(args.name)) {
    throw new Error(`"${args.name}" is not a connector name: use lower-case letters, digits and -`);
  }
  const folder = args.out === undefined ? path.join(repoRoot, 'connectors', args.name) : path.resolve(args.out);
  const generated = await generateConnector({
    documentPath: args.documentPath,
    name: args.name,
    displayName: args.displayName,
    operations: args.operations,
    documentUrl: args.documentUrl,
    repoRoot,
  });

  await rm(path.join(folder, 'src'), { recursive: true, force: true });
  const keptIfPresent = {
    ...packageManifestFiles({
      name: args.name,
      tsconfigBase: path.relative(folder, path.join(repoRoot, 'tsconfig.base.json')).split(path.sep).join('/'),
    }),
    'README.md': generatedReadme(args.name, generated),
  };
  const written: string[] = [];
  for (const [file, content] of Object.entries({ ...keptIfPresent, ...generated.sourceFiles })) {
    const target = path.join(folder, file);
    if (file in keptIfPresent && existsSync(target)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    written.push(file);
  }
  if (args.out === undefined) await registerConnectorWorkspace(repoRoot, `connectors/${args.name}`);

  console.log(`wrote ${path.relative(repoRoot, folder) || folder}:\n${written.map((file) => `  ${file}`).join('\n')}`);
  for (const skipped of generated.skippedOperations) console.warn(`skipped ${skipped.operation}: ${skipped.reason}`);
  for (const skipped of generated.skippedSchemes) {
    console.warn(`skipped security scheme ${skipped.schemeName}: ${skipped.reason}`);
  }
  if (generated.defaultBaseUrl === undefined) {
    console.warn('servers[0] is missing or relative: connections must give a baseUrl (or pass --document-url)');
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(2);
});
