import { Inject, Injectable } from '@nestjs/common';
import { type Flow, type FlowVersion, type Prisma, type PrismaClient, newId } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { currentPrincipal } from '../auth/principal';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { ResourceNotFoundError } from '../problem/api-problem';
import { TriggerRuntime } from '../triggers/trigger-runtime.service';
import { syncFlowTriggers } from '../triggers/trigger-sync';
import { flowWhere } from './flow-lookup';
import { checkFlowDefinition } from './flow-definition-check';
import { InvalidFlowDefinitionError, WebhookPathTakenError } from './flows.errors';

/** What one publish makes a version of, decided once the flow row is locked. */
export interface PublishSource {
  definition: unknown;
  /** also make the published definition the draft (rollback) */
  replaceDraft: boolean;
  /** what changed, kept with the version and in its audit event */
  message?: string;
  /** the audit event; `versionId`, `version` and `message` are added to its data */
  audit: { action: string; data?: Record<string, unknown> };
}

export interface PublishPlan {
  /** finds (or creates, for an import) the flow, inside the publish transaction */
  flowId(tx: Prisma.TransactionClient): Promise<string>;
  source(
    tx: Prisma.TransactionClient,
    flow: Flow,
    latestVersion: number | null,
  ): Promise<PublishSource> | PublishSource;
}

/**
 * The one way a flow version comes to exist: publish, rollback and
 * import-and-publish all go through `publish`, so each of them validates the
 * definition, numbers the version under a row lock, moves the flow's
 * triggers (a webhook path follows the new version) and reconciles Temporal
 * schedules and consumers after the commit.
 */
@Injectable()
export class FlowPublisher {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(TriggerRuntime) private readonly triggers: TriggerRuntime,
  ) {}

  async publish(plan: PublishPlan): Promise<{ flow: Flow; version: FlowVersion }> {
    let webhookPath: string | undefined;
    let triggerIds: string[] = [];
    try {
      const published = await this.prisma.$transaction(async (tx) => {
        const flow = await lockFlow(tx, await plan.flowId(tx));
        const latest = await tx.flowVersion.findFirst({
          where: { flowId: flow.id },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        const source = await plan.source(tx, flow, latest?.version ?? null);
        const checked = checkFlowDefinition(source.definition);
        if (!checked.ok) throw new InvalidFlowDefinitionError(checked.problems);
        const version = await tx.flowVersion.create({
          data: {
            id: newId('flowVersion'),
            flowId: flow.id,
            version: (latest?.version ?? 0) + 1,
            definition: toJsonValue(checked.flow),
            message: source.message ?? null,
            publishedBy: currentPrincipal()?.id ?? null,
          },
        });
        const updated = source.replaceDraft
          ? await tx.flow.update({ where: { id: flow.id }, data: { draft: toJsonValue(checked.flow) } })
          : flow;
        webhookPath = checked.flow.trigger.kind === 'webhook' ? checked.flow.trigger.path : undefined;
        triggerIds = await syncFlowTriggers(tx, flow.id, checked.flow.trigger);
        await this.audit.record(tx, {
          action: source.audit.action,
          targetType: 'flow',
          targetId: flow.id,
          data: { ...source.audit.data, versionId: version.id, version: version.version, message: version.message },
        });
        return { flow: updated, version };
      });
      // After the commit: schedules and consumers follow the published version in Temporal.
      await this.triggers.reconcile(triggerIds);
      return published;
    } catch (error) {
      // Two flows publishing the same new path at once: the loser hits the unique index.
      if (isUniqueViolation(error) && webhookPath !== undefined) throw new WebhookPathTakenError(webhookPath);
      throw error;
    }
  }
}

/** `PublishPlan.flowId` for an existing flow named by id or slug. */
export async function existingFlowId(tx: Prisma.TransactionClient, idOrSlug: string): Promise<string> {
  const flow = await tx.flow.findUnique({ where: flowWhere(idOrSlug), select: { id: true } });
  if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
  return flow.id;
}

// Row lock on the flow: concurrent publishes of one flow queue up instead of
// both computing the same next version number.
async function lockFlow(tx: Prisma.TransactionClient, flowId: string): Promise<Flow> {
  await tx.$queryRaw`SELECT id FROM "Flow" WHERE id = ${flowId} FOR UPDATE`;
  const flow = await tx.flow.findUnique({ where: { id: flowId } });
  if (!flow) throw new ResourceNotFoundError('flow', flowId);
  return flow;
}
