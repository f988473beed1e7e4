import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError } from '../problem/api-problem';
import { TriggerRuntime } from '../triggers/trigger-runtime.service';
import { flowWhere } from './flow-lookup';
import { FlowHasRunningRunsError } from './flows.errors';
import type { FlowDeleted } from './flows.schemas';

/**
 * Deleting a flow: its triggers stop first (Temporal Schedules deleted,
 * consumer workflows terminated), then the flow goes with its versions,
 * triggers and run index rows. The runs' executions stay in Temporal's
 * history for their retention period. A flow with running runs is refused
 * unless forced, so nobody deletes the flow a long wait still belongs to.
 */
@Injectable()
export class FlowDeletionService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TriggerRuntime) private readonly triggers: TriggerRuntime,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async delete(idOrSlug: string, options: { force: boolean }): Promise<FlowDeleted> {
    const flow = await this.prisma.flow.findUnique({
      where: flowWhere(idOrSlug),
      select: { id: true, slug: true, name: true, triggers: { select: { id: true, kind: true } } },
    });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    const running = await this.prisma.run.count({ where: { flowId: flow.id, status: 'running' } });
    if (running > 0 && !options.force) throw new FlowHasRunningRunsError(flow.slug, running);
    await this.triggers.stop(flow.triggers);
    await this.prisma.$transaction(async (tx) => {
      await tx.flow.delete({ where: { id: flow.id } });
      await this.audit.record(tx, {
        action: 'flow.deleted',
        targetType: 'flow',
        targetId: flow.id,
        data: { slug: flow.slug, name: flow.name, runningRuns: running },
      });
    });
    return { id: flow.id, object: 'flow', deleted: true };
  }
}
