import { Inject, Injectable } from '@nestjs/common';
import { type Prisma, type PrismaClient, isResourceId, newId } from '@tributary/db';
import type { FieldMappingDefinition } from '@tributary/workflows/mappings/index';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { toListPage, type ListPage, type ListQuery } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { MappingNameTakenError } from './mappings.errors';
import { presentMapping, presentMappingVersion } from './mappings.presenter';
import type { MappingCreateRequest, MappingResource, MappingVersionResource } from './mappings.schemas';

// Every read of a mapping shows its latest definition.
const withLatestVersion = { versions: { orderBy: { version: 'desc' }, take: 1 } } as const;

/** Stored field mappings and their immutable, numbered versions. */
@Injectable()
export class MappingsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async create(request: MappingCreateRequest): Promise<MappingResource> {
    try {
      const { mapping, version } = await this.prisma.$transaction(async (tx) => {
        const mapping = await tx.fieldMapping.create({
          data: {
            id: newId('mapping'),
            name: request.name,
            description: request.description ?? null,
            latestVersion: 1,
          },
        });
        const version = await tx.fieldMappingVersion.create({
          data: {
            id: newId('mappingVersion'),
            mappingId: mapping.id,
            version: 1,
            definition: toJsonValue(request.definition),
          },
        });
        await this.audit.record(tx, {
          action: 'mapping.created',
          targetType: 'mapping',
          targetId: mapping.id,
          data: { name: mapping.name },
        });
        return { mapping, version };
      });
      return presentMapping(mapping, version);
    } catch (error) {
      if (isUniqueViolation(error)) throw new MappingNameTakenError(request.name);
      throw error;
    }
  }

  async list(query: ListQuery): Promise<ListPage<MappingResource>> {
    const rows = await this.prisma.fieldMapping.findMany({
      where: query.cursor ? { id: { lt: query.cursor } } : {},
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: withLatestVersion,
    });
    return toListPage(rows, query.limit, (row) => presentMapping(row, latestOf(row)));
  }

  async get(idOrName: string): Promise<MappingResource> {
    const mapping = await this.prisma.fieldMapping.findUnique({
      where: mappingWhere(idOrName),
      include: withLatestVersion,
    });
    if (!mapping) throw new ResourceNotFoundError('mapping', idOrName);
    return presentMapping(mapping, latestOf(mapping));
  }

  /** Adds the next version (latest + 1); the row lock keeps concurrent writers from taking the same number. */
  async addVersion(idOrName: string, definition: FieldMappingDefinition): Promise<MappingVersionResource> {
    const version = await this.prisma.$transaction(async (tx) => {
      const mapping = await lockMapping(tx, idOrName);
      const next = mapping.latestVersion + 1;
      const created = await tx.fieldMappingVersion.create({
        data: {
          id: newId('mappingVersion'),
          mappingId: mapping.id,
          version: next,
          definition: toJsonValue(definition),
        },
      });
      await tx.fieldMapping.update({ where: { id: mapping.id }, data: { latestVersion: next } });
      await this.audit.record(tx, {
        action: 'mapping.versioned',
        targetType: 'mapping',
        targetId: mapping.id,
        data: { versionId: created.id, version: next },
      });
      return created;
    });
    return presentMappingVersion(version);
  }

  async getVersion(idOrName: string, version: number): Promise<MappingVersionResource> {
    const mapping = await this.prisma.fieldMapping.findUnique({ where: mappingWhere(idOrName), select: { id: true } });
    if (!mapping) throw new ResourceNotFoundError('mapping', idOrName);
    const row = await this.prisma.fieldMappingVersion.findUnique({
      where: { mappingId_version: { mappingId: mapping.id, version } },
    });
    if (!row) throw new ResourceNotFoundError('mapping version', `${idOrName}@${version}`);
    return presentMappingVersion(row);
  }
}

/** A `map_…` id, else a name. */
function mappingWhere(idOrName: string): Prisma.FieldMappingWhereUniqueInput {
  return isResourceId('mapping', idOrName) ? { id: idOrName } : { name: idOrName };
}

function latestOf<Row extends { id: string; versions: Prisma.FieldMappingVersionGetPayload<object>[] }>(row: Row) {
  const latest = row.versions[0];
  // version 1 is written in the same transaction as the mapping
  if (!latest) throw new Error(`mapping ${row.id} has no versions`);
  return latest;
}

async function lockMapping(tx: Prisma.TransactionClient, idOrName: string) {
  const found = await tx.fieldMapping.findUnique({ where: mappingWhere(idOrName), select: { id: true } });
  if (!found) throw new ResourceNotFoundError('mapping', idOrName);
  await tx.$queryRaw`SELECT id FROM "FieldMapping" WHERE id = ${found.id} FOR UPDATE`;
  return tx.fieldMapping.findUniqueOrThrow({ where: { id: found.id } });
}
