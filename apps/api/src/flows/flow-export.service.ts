import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError } from '../problem/api-problem';
import { connectionNames } from './flow-connection-references';
import type { FlowExportDocument } from './flow-export.schemas';
import { flowWhere } from './flow-lookup';
import type { FlowRevision } from './flows.schemas';
import { FlowVersionsService } from './flow-versions.service';

/** A flow as a reviewable file: `<slug>.flow.json`. */
@Injectable()
export class FlowExportService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(FlowVersionsService) private readonly versions: FlowVersionsService,
  ) {}

  async export(idOrSlug: string, revision: FlowRevision): Promise<FlowExportDocument> {
    const flow = await this.prisma.flow.findUnique({
      where: flowWhere(idOrSlug),
      select: { slug: true, name: true, description: true },
    });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    const definition = await this.versions.definitionAt(idOrSlug, revision);
    const exportedAt = new Date().toISOString();
    return {
      format: 'tributary.flow',
      formatVersion: 1,
      slug: flow.slug,
      name: flow.name,
      description: flow.description,
      definition,
      connections: connectionNames(definition),
      exportedFrom: revision === 'draft' ? { draft: true, exportedAt } : { version: revision, exportedAt },
    };
  }
}

/**
 * The file's text: the envelope in its declared order, every key inside the
 * definition sorted, two-space indentation and a final newline. Postgres
 * `jsonb` does not keep key order, so sorting is what makes exporting the
 * same flow twice give the same bytes (apart from `exportedAt`) and keeps
 * git diffs to what really changed.
 */
export function serializeFlowExport(document: FlowExportDocument): string {
  const ordered: FlowExportDocument = {
    format: document.format,
    formatVersion: document.formatVersion,
    slug: document.slug,
    name: document.name,
    description: document.description ?? null,
    definition: sortKeys(document.definition) as FlowExportDocument['definition'],
    connections: document.connections,
    exportedFrom: document.exportedFrom,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
