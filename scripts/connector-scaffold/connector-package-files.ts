/**
 * The files of a new connector package, as `npm run connector:new` writes
 * them: the house shape (index wires, auth states the scheme, client knows
 * the URLs, one action per file) with a working example action and tests
 * that pass before the author changes a line.
 */

export interface ConnectorScaffold {
  /** package folder name and connector name, e.g. "plant-historian" */
  name: string;
  displayName: string;
  /** path from the package folder to the repository's tsconfig.base.json */
  tsconfigBase: string;
}

export function connectorPackageFiles(scaffold: ConnectorScaffold): Record<string, string> {
  const { name, displayName } = scaffold;
  return {
    ...packageManifestFiles(scaffold),
    'src/index.ts': `import { defineConnector } from '@tributary/connector-sdk';
import { getRecord } from './actions/get-record.action';
import { ${pascal(name)}Auth } from './auth';

export const connector = defineConnector({
  name: '${name}',
  version: '0.1.0',
  displayName: '${displayName}',
  description: 'TODO: one sentence on the system this connects to.',
  auth: ${pascal(name)}Auth,
  actions: { getRecord },
});

export default connector;
`,
    'src/auth.ts': `import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/** How a connection to ${displayName} authenticates: an API key sent as a header. */
export const ${pascal(name)}Auth = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }).describe('e.g. https://${name}.example.com/api'),
  apiKey: secret(z.string().min(1)).describe('Sent as the X-API-Key header'),
});
export type ${pascal(name)}Auth = z.output<typeof ${pascal(name)}Auth>;
`,
    'src/client.ts': `import { createHttpClient, type ActionContext } from '@tributary/connector-sdk';
import type { ${pascal(name)}Auth } from './auth';

/** The only file that knows ${displayName}'s URLs and headers. */
export function ${camel(name)}Client(
  ctx: Pick<ActionContext<${pascal(name)}Auth>, 'auth' | 'logger' | 'signal' | 'throttle'>,
) {
  const http = createHttpClient({
    baseUrl: ctx.auth.baseUrl,
    headers: { 'x-api-key': ctx.auth.apiKey },
    secrets: [ctx.auth.apiKey],
    logger: ctx.logger,
    signal: ctx.signal,
    // waits for the connection's rate limit before every request
    throttle: ctx.throttle,
  });
  return {
    getRecord: (id: string) => http.request({ method: 'GET', url: \`records/\${encodeURIComponent(id)}\` }),
  };
}
`,
    'src/actions/get-record.action.ts': `import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { ${pascal(name)}Auth } from '../auth';
import { ${camel(name)}Client } from '../client';

export const GetRecordInput = z.object({
  id: z.string().min(1).describe('The record id'),
});

export const GetRecordOutput = z.object({
  record: z.record(z.string(), z.unknown()).describe('The record as ${displayName} returns it'),
});

export const getRecord = defineAction({
  name: 'getRecord',
  displayName: 'Get record',
  description: 'Reads one record by id.',
  auth: ${pascal(name)}Auth,
  input: GetRecordInput,
  output: GetRecordOutput,
  async run(ctx, input) {
    const { body } = await ${camel(name)}Client(ctx).getRecord(input.id);
    return { record: body as Record<string, unknown> };
  },
});
`,
    'test/get-record.test.ts': `import { executeAction, InvalidInputError, type Connector } from '@tributary/connector-sdk';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
});

describe('getRecord', () => {
  it('reads a record with the connection API key', async () => {
    server = await startTestHttpServer((request, response) => sendJson(response, 200, { id: 'R-1', seen: request.url }));
    const output = await executeAction(connector, 'getRecord', {
      input: { id: 'R-1' },
      auth: { baseUrl: server.url, apiKey: 'test-key' },
      idempotencyKey: 'run_1:read',
    });
    expect(output).toEqual({ record: { id: 'R-1', seen: '/records/R-1' } });
    expect(server.requests[0]?.headers['x-api-key']).toBe('test-key');
  });

  it('refuses input without an id and never calls the API', async () => {
    server = await startTestHttpServer((_request, response) => sendJson(response, 200, {}));
    // what an analyst's expression may produce at run time, whatever the types say
    const untyped: Connector = connector;
    const call = executeAction(untyped, 'getRecord', {
      input: {},
      auth: { baseUrl: server.url, apiKey: 'k' },
      idempotencyKey: 'run_1:read',
    });
    await expect(call).rejects.toBeInstanceOf(InvalidInputError);
    expect(server.requests).toHaveLength(0);
  });
});
`,
    'README.md': `# ${displayName} connector (\`${name}\`)

TODO: what ${displayName} is and what this connector does with it.

## Connection

| field | meaning |
| --- | --- |
| \`baseUrl\` | the API's base URL |
| \`apiKey\` | secret; sent as \`X-API-Key\` |

## Actions

### \`getRecord\`

\`\`\`json
{ "id": "read", "kind": "action", "connector": "${name}", "action": "getRecord", "connection": "my-${name}", "input": { "id": "=$trigger.body.recordId" } }
\`\`\`
`,
  };
}

/**
 * The files every connector package has whatever its actions: the workspace
 * manifest, the TypeScript config and the SDK's conformance suite. The
 * OpenAPI import (scripts/openapi-import) writes them too.
 */
export function packageManifestFiles(
  scaffold: Pick<ConnectorScaffold, 'name' | 'tsconfigBase'>,
): Record<string, string> {
  const { name } = scaffold;
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@tributary/connector-${name}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        engines: { node: '>=20.19' },
        exports: { '.': './src/index.ts', './*': './src/*.ts' },
        tributary: { connector: true },
        scripts: { typecheck: 'tsc -p tsconfig.json' },
        dependencies: { '@tributary/connector-sdk': '0.1.0', zod: '4.6.7' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify({ extends: scaffold.tsconfigBase, include: ['src', 'test'] }, null, 2)}\n`,
    'test/conformance.test.ts': `import { describeConnectorConformance } from '@tributary/connector-sdk/testing/conformance';
import connector from '../src/index';

describeConnectorConformance(connector);
`,
  };
}

/** "plant-historian" → "PlantHistorian" */
export function pascal(name: string): string {
  return name
    .split('-')
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function camel(name: string): string {
  const value = pascal(name);
  return value[0]!.toLowerCase() + value.slice(1);
}
