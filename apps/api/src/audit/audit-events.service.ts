import { Inject, Injectable } from '@nestjs/common';
import type { AuditEvent, Prisma, PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import { toListPage, type ListPage } from '../pagination/list-page';
import type { AuditEventListQuery, AuditEventResource } from './audit-events.schemas';

/** Reading the audit log, newest first (event ids sort by creation time). */
@Injectable()
export class AuditEventsService {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async list(query: AuditEventListQuery): Promise<ListPage<AuditEventResource>> {
    const where: Prisma.AuditEventWhereInput = {
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
      ...(query.targetType ? { targetType: query.targetType } : {}),
      ...(query.targetId ? { targetId: query.targetId } : {}),
      ...(query.actor ? { actor: query.actor } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.createdAfter || query.createdBefore
        ? {
            createdAt: {
              ...(query.createdAfter ? { gte: new Date(query.createdAfter) } : {}),
              ...(query.createdBefore ? { lt: new Date(query.createdBefore) } : {}),
            },
          }
        : {}),
    };
    const rows = await this.prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: query.limit + 1 });
    return toListPage(rows, query.limit, presentAuditEvent);
  }
}

function presentAuditEvent(event: AuditEvent): AuditEventResource {
  return {
    id: event.id,
    object: 'audit_event',
    actor: event.actor,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    data: (event.data ?? {}) as Record<string, unknown>,
    createdAt: event.createdAt.toISOString(),
  };
}
