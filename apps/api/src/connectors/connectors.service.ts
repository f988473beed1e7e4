import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import type { ListPage } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { newestFirst } from './connector-version-order';
import type { ConnectorResource, ConnectorSummary, ConnectorVersionResource } from './connectors.schemas';

interface ConnectorRow {
  name: string;
  version: string;
  displayName: string;
  description: string | null;
  manifest: unknown;
  createdAt: Date;
}

type Manifest = ConnectorResource['manifest'];

/**
 * The connector catalog: what the workers have registered (see the worker's
 * connector-registry), every version kept. Read-only through the API.
 */
@Injectable()
export class ConnectorsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(): Promise<ListPage<ConnectorSummary>> {
    const rows = await this.prisma.connector.findMany({ orderBy: { name: 'asc' } });
    const byName = new Map<string, ConnectorRow[]>();
    for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
    // A catalog holds tens of connectors, so one page holds them all.
    return {
      object: 'list',
      data: [...byName.values()].map((versions) => summarize(versions)),
      has_more: false,
      next_cursor: null,
    };
  }

  async get(name: string): Promise<ConnectorResource> {
    const versions = await this.prisma.connector.findMany({ where: { name } });
    if (versions.length === 0) throw new ResourceNotFoundError('connector', name);
    const summary = summarize(versions);
    const latest = versions.find((row) => row.version === summary.latestVersion) as ConnectorRow;
    return { ...summary, manifest: latest.manifest as Manifest };
  }

  async getVersion(name: string, version: string): Promise<ConnectorVersionResource> {
    const row = await this.prisma.connector.findUnique({ where: { name_version: { name, version } } });
    if (!row) throw new ResourceNotFoundError('connector version', `${name}@${version}`);
    return {
      object: 'connector_version',
      name: row.name,
      version: row.version,
      registeredAt: row.createdAt.toISOString(),
      manifest: row.manifest as Manifest,
    };
  }
}

function summarize(rows: ConnectorRow[]): ConnectorSummary {
  const sorted = [...rows].sort((a, b) => newestFirst(a.version, b.version));
  const latest = sorted[0] as ConnectorRow;
  const manifest = latest.manifest as Manifest;
  return {
    object: 'connector',
    name: latest.name,
    displayName: latest.displayName,
    description: latest.description,
    latestVersion: latest.version,
    versions: sorted.map((row) => row.version),
    actions: Object.keys(manifest.actions ?? {}),
  };
}
