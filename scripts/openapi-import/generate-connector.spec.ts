import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packageManifestFiles } from '../connector-scaffold/connector-package-files';
import { generateConnector } from './generate-connector';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const plantApi = path.join(here, 'fixtures/plant-api.openapi.yaml');
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateConnector', () => {
  it('maps every usable security scheme to a connection variant and skips cookie keys', async () => {
    const generated = await generateConnector({ documentPath: plantApi, name: 'plant', repoRoot });
    const auth = generated.sourceFiles['src/auth.ts']!;
    expect(auth).toContain("type: z.literal('oauth2')");
    expect(auth).toContain("default('https://auth.plant.example/oauth/token')");
    expect(auth).toContain("type: z.literal('basic')");
    expect(auth).toContain("type: z.literal('apiKey')");
    expect(generated.skippedSchemes).toEqual([
      { schemeName: 'legacyCookie', reason: 'API keys in cookies are not supported' },
    ]);
    expect(generated.defaultBaseUrl).toBe('https://emea.plant.example/api');
    const client = generated.sourceFiles['src/client.ts']!;
    expect(client).toContain('oauth2ClientCredentials(');
    expect(client).toContain("secretQueryParams: ['key']");
  });

  it('names operations, keeps path-level parameters and breaks schema cycles', async () => {
    const { sourceFiles } = await generateConnector({ documentPath: plantApi, name: 'plant', repoRoot });
    expect(Object.keys(sourceFiles)).toEqual(
      expect.arrayContaining(['src/actions/get-asset.action.ts', 'src/actions/post-assets.action.ts']),
    );
    const getAsset = sourceFiles['src/actions/get-asset.action.ts']!;
    expect(getAsset).toContain('pathParams: { assetId: input.assetId }');
    expect(getAsset).toContain("commaSeparated: ['fields']");
    expect(getAsset).toContain("headers: { 'X-Request-Id': input['X-Request-Id'] }");
    // a +json media type is JSON too
    expect(sourceFiles['src/actions/post-assets.action.ts']).toContain('json: input.body');
    expect(sourceFiles['src/api.schemas.ts']).toContain(
      "parent: z.unknown().describe('Asset (recursive, not checked)')",
    );
  });

  it('keeps only the operations asked for and refuses unknown ones', async () => {
    const { sourceFiles } = await generateConnector({
      documentPath: plantApi,
      name: 'plant',
      operations: ['get-asset'],
      repoRoot,
    });
    expect(Object.keys(sourceFiles).filter((file) => file.includes('/actions/'))).toEqual([
      'src/actions/get-asset.action.ts',
    ]);
    await expect(
      generateConnector({ documentPath: plantApi, name: 'plant', operations: ['nope'], repoRoot }),
    ).rejects.toThrow(/unknown operations: nope/);
  });

  it('refuses a document that is not OpenAPI 3', async () => {
    await mkdir(path.join(repoRoot, '.data'), { recursive: true });
    const folder = await mkdtemp(path.join(repoRoot, '.data', 'openapi-'));
    scratch.push(folder);
    const swagger2 = path.join(folder, 'swagger.json');
    await writeFile(swagger2, JSON.stringify({ swagger: '2.0', info: { title: 't', version: '1' }, paths: {} }));
    await expect(generateConnector({ documentPath: swagger2, name: 'old', repoRoot })).rejects.toThrow(
      /not an OpenAPI 3.x document/,
    );
  });

  it('generates a package that type-checks, oauth2, basic and query keys included', async () => {
    // inside the repository, so the package resolves the SDK like a real one
    await mkdir(path.join(repoRoot, '.data'), { recursive: true });
    const folder = await mkdtemp(path.join(repoRoot, '.data', 'openapi-plant-'));
    scratch.push(folder);
    const { sourceFiles } = await generateConnector({ documentPath: plantApi, name: 'plant', repoRoot });
    const files = {
      ...packageManifestFiles({
        name: 'plant',
        tsconfigBase: path.relative(folder, path.join(repoRoot, 'tsconfig.base.json')),
      }),
      ...sourceFiles,
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await writeFile(path.join(folder, file), content);
    }
    await run(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', folder], {
      cwd: repoRoot,
    });
  }, 120_000);
});
