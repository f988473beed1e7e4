import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_ATTRIBUTES } from '@tributary/workflows/run-flow.contract';
import { DCLinter } from 'dclint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_PATHS } from '../../apps/web/vite.config';

/**
 * No Docker engine runs where the tests run, so the deployment files are
 * checked statically: against the official Compose Specification schema
 * (through dclint, which bundles it and validates with ajv), and for the
 * promises the topology makes — start-up order, health checks, files that
 * exist, no secrets in the file.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const composePath = join(repoRoot, 'docker-compose.yml');
const composeText = readFileSync(composePath, 'utf8');

const DependsOn = z.union([z.array(z.string()), z.record(z.string(), z.object({ condition: z.string() }).loose())]);
const Service = z
  .object({
    image: z.string().optional(),
    build: z
      .union([z.string(), z.object({ context: z.string(), dockerfile: z.string().optional() }).loose()])
      .optional(),
    depends_on: DependsOn.optional(),
    environment: z
      .union([z.array(z.string()), z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))])
      .optional(),
    ports: z.array(z.union([z.string(), z.number()])).optional(),
    volumes: z.array(z.string()).optional(),
    healthcheck: z
      .object({ test: z.union([z.string(), z.array(z.string())]) })
      .loose()
      .optional(),
  })
  .loose();
type Service = z.infer<typeof Service>;
const ComposeFile = z.object({ services: z.record(z.string(), Service) }).loose();

// `merge: true` resolves the `<<: *tributary-env` merge keys as Compose does.
const compose = ComposeFile.parse(parse(composeText, { merge: true }));
const services = compose.services;

const REQUIRED_SERVICES = [
  'postgres',
  'temporal',
  'temporal-ui',
  'temporal-admin-tools',
  'migrate',
  'api',
  'worker',
  'web',
];

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification and breaks no compose lint rule', () => {
    const linter = new DCLinter({
      // Services are listed in start-up order, which reads better than alphabetical.
      rules: { 'services-alphabetical-order': 0 },
      quiet: true,
      debug: false,
      exclude: [],
    });
    const [result] = linter.lintFiles([composePath], false);
    const findings = (result?.messages ?? []).map(
      (message) => `${message.rule} (line ${message.line}): ${message.message}`,
    );
    expect(findings).toEqual([]);
  });

  it('defines every service of the topology, each from an image or a build', () => {
    for (const name of REQUIRED_SERVICES) {
      const service = services[name];
      expect(service, `service ${name}`).toBeDefined();
      expect(Boolean(service?.image) || Boolean(service?.build), `${name} has an image or a build`).toBe(true);
    }
  });

  it('only depends on services it defines', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const target of Object.keys(dependencies(service))) {
        expect(Object.keys(services), `${name} depends on ${target}`).toContain(target);
      }
    }
  });

  it('health-checks the services others wait for', () => {
    for (const name of ['postgres', 'temporal', 'api', 'web']) {
      expect(services[name]?.healthcheck?.test, `${name} healthcheck`).toBeDefined();
    }
    expect(String(services['api']?.healthcheck?.test)).toContain('/ready');
  });

  it('starts the API and the worker only after migrations, search attributes and healthy dependencies', () => {
    for (const name of ['api', 'worker']) {
      expect(dependencies(services[name]), name).toEqual({
        migrate: 'service_completed_successfully',
        'temporal-admin-tools': 'service_completed_successfully',
        postgres: 'service_healthy',
        temporal: 'service_healthy',
      });
    }
    expect(dependencies(services['migrate'])).toEqual({ postgres: 'service_healthy' });
    expect(services['migrate']?.command).toEqual(['npm', 'run', 'db:migrate']);
    expect(dependencies(services['temporal'])).toEqual({ postgres: 'service_healthy' });
    expect(dependencies(services['web'])).toEqual({ api: 'service_healthy' });
  });

  it('builds from Dockerfiles and mounts files that exist in the repository', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.build !== undefined) {
        const build = typeof service.build === 'string' ? { context: service.build } : service.build;
        expect(existsSync(join(repoRoot, build.context)), `${name} build context`).toBe(true);
        const dockerfile = join(repoRoot, build.context, build.dockerfile ?? 'Dockerfile');
        expect(existsSync(dockerfile), `${name} Dockerfile ${dockerfile}`).toBe(true);
      }
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0] ?? '';
        if (source.startsWith('.')) expect(existsSync(join(repoRoot, source)), `${name} mounts ${source}`).toBe(true);
      }
    }
    expect(services['api']?.build).toMatchObject({ context: '.', dockerfile: 'apps/api/Dockerfile' });
    expect(services['worker']?.build).toMatchObject({ context: '.', dockerfile: 'apps/worker/Dockerfile' });
    expect(services['web']?.build).toMatchObject({ context: '.', dockerfile: 'apps/web/Dockerfile' });
  });

  it('publishes no host port twice', () => {
    const published = Object.entries(services).flatMap(([name, service]) =>
      (service.ports ?? []).map((port) => ({ name, binding: hostBinding(String(port)) })),
    );
    const bindings = published.map((entry) => entry.binding);
    expect(new Set(bindings).size, JSON.stringify(published)).toBe(bindings.length);
    expect(bindings).toEqual(expect.arrayContaining(['127.0.0.1:3000', '127.0.0.1:8080', '127.0.0.1:8233']));
  });

  it('takes every secret from the environment, never from the file', () => {
    const secretName = /PASSWORD|PWD|SECRET|TOKEN|KEY/i;
    const required = /^\$\{[A-Z0-9_]+:\?[^}]*\}$/;
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(environment(service))) {
        if (secretName.test(key)) {
          expect(value, `${name}.${key} must be \${${key}:?…}`).toMatch(required);
        }
        // In a URL, the password must be a required substitution too.
        const masked = value.replaceAll(/\$\{[^}]*\}/g, '$VAR');
        const password = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]+:([^@]+)@/i.exec(masked)?.[1];
        if (password !== undefined) {
          expect(password, `${name}.${key} password`).toBe('$VAR');
          expect(value, `${name}.${key} password`).toMatch(/:\$\{[A-Z0-9_]+:\?[^}]*\}@/);
        }
      }
    }
  });

  it('gives the API and the worker the settings their configuration requires', () => {
    for (const name of ['api', 'worker']) {
      const env = environment(services[name]);
      expect(env['DATABASE_URL'], name).toMatch(/^postgresql:\/\/.+@postgres:5432\/tributary$/);
      expect(env['TEMPORAL_ADDRESS'], name).toBe('temporal:7233');
      expect(env['CONNECTION_SECRETS_KEY'], name).toMatch(/^\$\{CONNECTION_SECRETS_KEY:\?/);
    }
    // Inside a container the API must listen on all interfaces to be reachable.
    expect(environment(services['api'])['HOST']).toBe('0.0.0.0');
  });

  it('registers every search attribute the workflows set, with its type', () => {
    const script = readFileSync(join(repoRoot, 'deploy/temporal/register-search-attributes.sh'), 'utf8');
    const types: Record<keyof typeof SEARCH_ATTRIBUTES, string> = {
      flow: 'Keyword',
      flowVersion: 'Int',
      trigger: 'Keyword',
    };
    for (const [key, attribute] of Object.entries(SEARCH_ATTRIBUTES) as [keyof typeof SEARCH_ATTRIBUTES, string][]) {
      expect(script).toMatch(new RegExp(`^register ${attribute} ${types[key]}$`, 'm'));
    }
    expect(services['temporal-admin-tools']?.volumes?.[0]).toMatch(
      /^\.\/deploy\/temporal\/register-search-attributes\.sh:/,
    );
  });
});

describe('the Dockerfiles', () => {
  const workspaces = z
    .object({ workspaces: z.array(z.string()) })
    .parse(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))).workspaces;

  it.each(['apps/api/Dockerfile', 'apps/worker/Dockerfile', 'apps/web/Dockerfile'])(
    '%s copies every workspace manifest, since npm ci needs them all',
    (path) => {
      const dockerfile = readFileSync(join(repoRoot, path), 'utf8');
      for (const workspace of workspaces) {
        expect(dockerfile, `${path} lacks ${workspace}/package.json`).toContain(
          `COPY ${workspace}/package.json ${workspace}/`,
        );
      }
      expect(dockerfile).toContain('FROM node:20-slim');
      expect(dockerfile).toMatch(/npm ci /);
    },
  );

  it.each(['apps/api/Dockerfile', 'apps/worker/Dockerfile'])('%s runs the TypeScript entry point with tsx', (path) => {
    const dockerfile = readFileSync(join(repoRoot, path), 'utf8');
    expect(dockerfile).toContain('CMD ["npx", "--no", "tsx", "src/main.ts"]');
    expect(existsSync(join(repoRoot, path.replace('Dockerfile', 'src/main.ts'))), `${path} entry point`).toBe(true);
  });

  it('serves the web build with an nginx that proxies the same API paths as the dev server', () => {
    const dockerfile = readFileSync(join(repoRoot, 'apps/web/Dockerfile'), 'utf8');
    const template = /COPY (deploy\/\S+) /.exec(dockerfile)?.[1];
    expect(template).toBe('deploy/nginx/web.conf.template');
    const nginx = readFileSync(join(repoRoot, template ?? ''), 'utf8');
    const prefixRoute = /location ~ (\^\S+)/.exec(nginx)?.[1] ?? '$^';
    const exactRoutes = [...nginx.matchAll(/location = (\S+)/g)].map((match) => match[1]);
    for (const path of API_PATHS) {
      const routed = new RegExp(prefixRoute).test(`${path}/x`) || exactRoutes.includes(path);
      expect(routed, `nginx proxies ${path}`).toBe(true);
    }
    expect(nginx).toContain('try_files $uri /index.html');
    expect(nginx).toContain('proxy_pass ${TRIBUTARY_API_UPSTREAM}');
  });
});

function dependencies(service: Service | undefined): Record<string, string> {
  const dependsOn = service?.depends_on;
  if (dependsOn === undefined) return {};
  if (Array.isArray(dependsOn)) return Object.fromEntries(dependsOn.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(dependsOn).map(([name, { condition }]) => [name, condition]));
}

function environment(service: Service | undefined): Record<string, string> {
  const env = service?.environment;
  if (env === undefined) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => [entry.split('=')[0] ?? '', entry.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]));
}

/** "127.0.0.1:8080:8080" → "127.0.0.1:8080"; "3000:3000" → "0.0.0.0:3000". */
function hostBinding(port: string): string {
  const parts = port.split('/')[0]?.split(':') ?? [];
  if (parts.length === 3) return `${parts[0]}:${parts[1]}`;
  return `0.0.0.0:${parts[0]}`;
}
