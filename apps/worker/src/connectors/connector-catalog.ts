import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Connector } from '@tributary/connector-sdk';

/**
 * The connectors this worker can run, keyed by name and version. Built-in
 * connectors are discovered (any installed `@tributary/*` package whose
 * package.json says `"tributary": { "connector": true }`), so adding a
 * connector never means editing a central list; custom ones are named in
 * configuration.
 */
export class ConnectorCatalog {
  private readonly byName = new Map<string, Map<string, Connector>>();

  constructor(connectors: Connector[]) {
    for (const connector of connectors) {
      const versions = this.byName.get(connector.name) ?? new Map<string, Connector>();
      versions.set(connector.version, connector);
      this.byName.set(connector.name, versions);
    }
  }

  /** The pinned version, or the highest loaded one when none is pinned. */
  find(name: string, version?: string): Connector | undefined {
    const versions = this.byName.get(name);
    if (!versions) return undefined;
    if (version) return versions.get(version);
    return [...versions.values()].sort((a, b) => compareVersions(b.version, a.version))[0];
  }

  list(): Connector[] {
    return [...this.byName.values()].flatMap((versions) => [...versions.values()]);
  }
}

export class ConnectorPackageError extends Error {
  readonly code = 'connector_package_invalid';
}

export async function loadConnectorCatalog(extraPackages: string[] = []): Promise<ConnectorCatalog> {
  const names = [...(await discoverConnectorPackages()), ...extraPackages];
  const connectors = await Promise.all(names.map(importConnector));
  return new ConnectorCatalog(connectors);
}

async function importConnector(packageName: string): Promise<Connector> {
  let module: { default?: unknown; connector?: unknown };
  try {
    module = (await import(packageName)) as typeof module;
  } catch (error) {
    throw new ConnectorPackageError(`cannot load connector package ${packageName}: ${(error as Error).message}`);
  }
  const candidate = module.default ?? module.connector;
  if (!isConnector(candidate)) {
    throw new ConnectorPackageError(
      `${packageName} does not export a connector (expected a default export made with defineConnector)`,
    );
  }
  return candidate;
}

function isConnector(value: unknown): value is Connector {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Connector).name === 'string' &&
    typeof (value as Connector).version === 'string' &&
    typeof (value as Connector).actions === 'object'
  );
}

async function discoverConnectorPackages(): Promise<string[]> {
  const scopeDir = findScopeDir(import.meta.dirname);
  if (!scopeDir) return [];
  const found: string[] = [];
  for (const entry of await readdir(scopeDir)) {
    const manifestPath = path.join(scopeDir, entry, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
      name: string;
      tributary?: { connector?: boolean };
    };
    if (manifest.tributary?.connector === true) found.push(manifest.name);
  }
  return found.sort();
}

/** node_modules/@tributary nearest to this file, as Node's resolution would find it. */
function findScopeDir(from: string): string | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '@tributary');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
