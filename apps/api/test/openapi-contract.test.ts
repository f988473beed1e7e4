import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantsScope, SCOPES, type Scope } from '../src/auth/scopes';
import { ROUTE_TABLE } from '../src/openapi/openapi.module';
import { toOpenApiPath, type RouteDescriptor } from '../src/openapi/route-table';
import { startApi, type RunningApi } from './running-api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

let api: RunningApi;
let document: { paths: Record<string, Record<string, Operation>>; components: Record<string, unknown> };
beforeAll(async () => {
  api = await startApi();
  document = (await api.request('GET', '/openapi.json')).body;
});
afterAll(async () => {
  await api?.close();
});

interface Operation {
  security?: Record<string, string[]>[];
  'x-required-scope'?: string;
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** What the Express router of the running app actually serves, as "METHOD /openapi/path". */
function servedRoutes(): string[] {
  const express = api.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return (
    express.router.stack
      .filter((layer): layer is Required<ExpressLayer> => layer.route !== undefined)
      // Swagger UI's page and assets are served by @nestjs/swagger, outside the API and its document
      .filter((layer) => !layer.route.path.startsWith('/docs'))
      .flatMap((layer) =>
        Object.keys(layer.route.methods)
          .filter((method) => method !== '_all')
          .map((method) => `${method.toUpperCase()} ${toOpenApiPath(layer.route.path)}`),
      )
  );
}

function documentedOperations(): string[] {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    Object.keys(item)
      .filter((method) => HTTP_METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${route}`),
  );
}

describe('route access', () => {
  it('finds every served route in the route table, and every route declares its access', () => {
    const table = api.app.get<RouteDescriptor[]>(ROUTE_TABLE);
    const declared = table.map((route) => `${route.method} ${route.path}`);
    expect(new Set(declared)).toEqual(new Set(servedRoutes()));
    const undeclared = table.filter((route) => route.access === undefined).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);
  });

  it('keeps only health, the document, webhooks, sign-in and the OAuth2 redirect target public', () => {
    const table = api.app.get<RouteDescriptor[]>(ROUTE_TABLE);
    const publicRoutes = table.filter((route) => route.access?.kind === 'public').map((r) => `${r.method} ${r.path}`);
    expect(publicRoutes.sort()).toEqual(
      [
        'GET /health',
        'GET /ready',
        'GET /openapi.json',
        'POST /hooks/{path}',
        'GET /v1/setup',
        'POST /v1/setup',
        'POST /v1/sessions',
        // the provider sends the browser here; the single-use state authenticates it
        'GET /v1/oauth2/callback',
      ].sort(),
    );
  });
});

describe('every protected route', () => {
  const concrete = (route: RouteDescriptor) => route.path.replace(/\{[^}]+\}/g, 'x');
  const protectedRoutes = () =>
    api.app.get<RouteDescriptor[]>(ROUTE_TABLE).filter((route) => route.access?.kind !== 'public');

  it('answers 401 problem+json without credentials', async () => {
    for (const route of protectedRoutes()) {
      const response = await api.request(route.method, concrete(route), undefined, {}, { apiKey: null });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.contentType).toContain('application/problem+json');
    }
  });

  it('answers 403 naming the scope to a key holding every other scope', async () => {
    const keys = new Map<Scope, string>();
    for (const route of protectedRoutes()) {
      if (route.access?.kind !== 'scope') continue;
      const required = route.access.scope;
      if (!keys.has(required)) {
        const others = SCOPES.filter((scope) => scope !== 'admin' && !grantsScope([scope], required));
        const created = await api.request('POST', '/v1/api-keys', { name: `not-${required}`, scopes: others });
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        keys.set(required, created.body.key);
      }
      const response = await api.request(route.method, concrete(route), undefined, {}, { apiKey: keys.get(required) });
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
      expect(response.body.requiredScope).toBe(required);
    }
  });
});

describe('the OpenAPI document', () => {
  it('documents exactly the routes the app serves', () => {
    expect(new Set(documentedOperations())).toEqual(new Set(servedRoutes()));
  });

  it("declares each operation's security and required scope as its controller does", () => {
    const table = api.app.get<RouteDescriptor[]>(ROUTE_TABLE);
    for (const route of table) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      if (route.access?.kind === 'public') {
        expect(operation?.security, `${route.method} ${route.path}`).toEqual([]);
      } else {
        expect(operation?.security, `${route.method} ${route.path}`).toEqual([{ apiKey: [] }, { session: [] }]);
        expect(operation?.responses['401'], `${route.method} ${route.path}`).toBeDefined();
      }
      const scope = route.access?.kind === 'scope' ? route.access.scope : undefined;
      expect(operation?.['x-required-scope'], `${route.method} ${route.path}`).toBe(scope);
      const idempotencyHeader = operation?.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
      expect(idempotencyHeader ?? false, `${route.method} ${route.path}`).toBe(route.idempotent);
    }
    expect(document.components.securitySchemes).toMatchObject({
      apiKey: { type: 'http', scheme: 'bearer' },
      session: { type: 'apiKey', in: 'cookie', name: 'trb_session' },
    });
  });

  it('passes redocly lint with no errors', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'tributary-openapi-'));
    try {
      const file = path.join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const result = await runRedoclyLint(file);
      const errors = result.problems.filter((problem) => problem.severity === 'error');
      expect(errors.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

interface LintResult {
  problems: { ruleId: string; severity: 'error' | 'warn'; message: string }[];
}

async function runRedoclyLint(file: string): Promise<LintResult> {
  const redocly = path.join(root, 'node_modules/.bin/redocly');
  const args = ['lint', file, '--format=json', `--config=${path.join(root, 'redocly.yaml')}`];
  try {
    const { stdout } = await promisify(execFile)(redocly, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as LintResult;
  } catch (error) {
    // redocly exits 1 when it found errors; its report is still on stdout
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout) as LintResult;
  }
}
