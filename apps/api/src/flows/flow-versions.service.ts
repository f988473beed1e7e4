import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@tributary/db';
import { validateFlowDefinition, type FlowTrigger } from '@tributary/workflows/flow-definition';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { newId } from '../ids/resource-id';
import { toListPage, type ListPage, type ListQuery } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { joinPath } from '../validation/field-errors';
import { flowWhere } from './flow-lookup';
import { InvalidFlowDefinitionError, WebhookPathTakenError } from './flows.errors';
import { presentFlowVersion } from './flows.presenter';
import type { FlowVersionResource } from './flows.schemas';

/** Publishing drafts as immutable, numbered versions, and reading them back. */
@Injectable()
export class FlowVersionsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Snapshots the current draft as the next version (1, 2, …) and points the
   * flow's webhook trigger at the path the new version declares.
   */
  async publish(idOrSlug: string): Promise<FlowVersionResource> {
    let webhookPath: string | undefined;
    try {
      const version = await this.prisma.$transaction(async (tx) => {
        const flow = await lockFlow(tx, idOrSlug);
        const checked = validateFlowDefinition(flow.draft);
        if (!checked.ok) {
          throw new InvalidFlowDefinitionError(
            checked.issues.map((issue) => ({ ...issue, path: joinPath('definition', issue.path) })),
          );
        }
        const latest = await tx.flowVersion.findFirst({
          where: { flowId: flow.id },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        const created = await tx.flowVersion.create({
          data: {
            id: newId('flowVersion'),
            flowId: flow.id,
            version: (latest?.version ?? 0) + 1,
            definition: toJsonValue(checked.flow),
          },
        });
        webhookPath = checked.flow.trigger.kind === 'webhook' ? checked.flow.trigger.path : undefined;
        await syncWebhookTrigger(tx, flow.id, checked.flow.trigger);
        await this.audit.record(tx, {
          action: 'flow.published',
          targetType: 'flow',
          targetId: flow.id,
          data: { versionId: created.id, version: created.version },
        });
        return created;
      });
      return presentFlowVersion(version, this.config.publicUrl);
    } catch (error) {
      // Two flows publishing the same new path at once: the loser hits the unique index.
      if (isUniqueViolation(error) && webhookPath !== undefined) throw new WebhookPathTakenError(webhookPath);
      throw error;
    }
  }

  async list(idOrSlug: string, query: ListQuery): Promise<ListPage<FlowVersionResource>> {
    const flow = await this.findFlow(idOrSlug);
    const after = query.cursor
      ? await this.prisma.flowVersion.findFirst({ where: { id: query.cursor, flowId: flow.id } })
      : null;
    const rows = await this.prisma.flowVersion.findMany({
      where: { flowId: flow.id, ...(after ? { version: { lt: after.version } } : {}) },
      orderBy: { version: 'desc' },
      take: query.limit + 1,
    });
    return toListPage(rows, query.limit, (row) => presentFlowVersion(row, this.config.publicUrl));
  }

  async get(idOrSlug: string, version: number): Promise<FlowVersionResource> {
    const flow = await this.findFlow(idOrSlug);
    const row = await this.prisma.flowVersion.findUnique({ where: { flowId_version: { flowId: flow.id, version } } });
    if (!row) throw new ResourceNotFoundError('flow version', `${idOrSlug}@${version}`);
    return presentFlowVersion(row, this.config.publicUrl);
  }

  private async findFlow(idOrSlug: string): Promise<{ id: string }> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug), select: { id: true } });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    return flow;
  }
}

// Row lock on the flow: concurrent publishes of one flow queue up instead of
// both computing the same next version number.
async function lockFlow(tx: Prisma.TransactionClient, idOrSlug: string) {
  const flow = await tx.flow.findUnique({ where: flowWhere(idOrSlug) });
  if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
  await tx.$queryRaw`SELECT id FROM "Flow" WHERE id = ${flow.id} FOR UPDATE`;
  return (await tx.flow.findUnique({ where: { id: flow.id } })) ?? flow;
}

/** One webhook trigger per flow, following the latest published version. */
async function syncWebhookTrigger(tx: Prisma.TransactionClient, flowId: string, trigger: FlowTrigger): Promise<void> {
  const existing = await tx.trigger.findFirst({ where: { flowId, kind: 'webhook' } });
  if (trigger.kind !== 'webhook') {
    // Free the path so another flow may take it.
    if (existing) await tx.trigger.update({ where: { id: existing.id }, data: { enabled: false, path: null } });
    return;
  }
  const holder = await tx.trigger.findUnique({ where: { path: trigger.path } });
  if (holder && holder.flowId !== flowId) throw new WebhookPathTakenError(trigger.path);
  if (existing) {
    await tx.trigger.update({ where: { id: existing.id }, data: { path: trigger.path, enabled: true } });
  } else {
    await tx.trigger.create({ data: { id: newId('trigger'), flowId, kind: 'webhook', path: trigger.path } });
  }
}
