import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient, Trigger } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { toListPage, type ListPage } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { TriggerRuntime } from './trigger-runtime.service';
import { TriggerNotScheduleError, TriggerRetiredError } from './triggers.errors';
import type { TriggerListQuery, TriggerResource } from './triggers.schemas';

type TriggerRow = Trigger & { flow: { versions: { definition: unknown }[] } };

const withLatestVersion = {
  flow: { select: { versions: { orderBy: { version: 'desc' as const }, take: 1, select: { definition: true } } } },
};

/** Reading triggers with what Temporal does for them, and switching them on and off. */
@Injectable()
export class TriggersService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TriggerRuntime) private readonly runtime: TriggerRuntime,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: TriggerListQuery): Promise<ListPage<TriggerResource>> {
    const rows = await this.prisma.trigger.findMany({
      where: {
        ...(query.flowId ? { flowId: query.flowId } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.cursor ? { id: { lt: query.cursor } } : {}),
      },
      include: withLatestVersion,
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    const page = toListPage(rows, query.limit, (row) => row);
    return { ...page, data: await Promise.all(page.data.map((row) => this.present(row, false))) };
  }

  async get(id: string): Promise<TriggerResource> {
    return this.present(await this.find(id), true);
  }

  /** Enables or disables any trigger; for schedules and consumers Temporal follows at once. */
  async setEnabled(id: string, enabled: boolean): Promise<TriggerResource> {
    const row = await this.find(id);
    if (!isCurrent(row)) throw new TriggerRetiredError(id);
    await this.prisma.$transaction(async (tx) => {
      await tx.trigger.update({ where: { id }, data: { enabled } });
      await this.audit.record(tx, {
        action: enabled ? 'trigger.enabled' : 'trigger.disabled',
        targetType: 'trigger',
        targetId: id,
        data: { flowId: row.flowId, kind: row.kind },
      });
    });
    await this.runtime.reconcile([id]);
    return this.get(id);
  }

  /** pause/resume: the schedule vocabulary for disable/enable. */
  async setSchedulePaused(id: string, paused: boolean): Promise<TriggerResource> {
    const row = await this.find(id);
    if (row.kind !== 'schedule') throw new TriggerNotScheduleError(id, row.kind);
    return this.setEnabled(id, !paused);
  }

  async fireNow(id: string): Promise<TriggerResource> {
    const row = await this.find(id);
    if (row.kind !== 'schedule') throw new TriggerNotScheduleError(id, row.kind);
    if (!isCurrent(row)) throw new TriggerRetiredError(id);
    await this.runtime.fireNow(id);
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, {
        action: 'trigger.fired',
        targetType: 'trigger',
        targetId: id,
        data: { flowId: row.flowId },
      }),
    );
    return this.get(id);
  }

  private async find(id: string): Promise<TriggerRow> {
    const row = await this.prisma.trigger.findUnique({ where: { id }, include: withLatestVersion });
    if (!row) throw new ResourceNotFoundError('trigger', id);
    return row;
  }

  private async present(row: TriggerRow, withSchedule: boolean): Promise<TriggerResource> {
    const schedule = withSchedule && row.kind === 'schedule' ? await this.runtime.scheduleInfo(row.id) : null;
    return {
      id: row.id,
      object: 'trigger',
      flowId: row.flowId,
      kind: row.kind as TriggerResource['kind'],
      enabled: row.enabled,
      current: isCurrent(row),
      runtime: await this.runtime.status(row),
      webhookUrl: row.kind === 'webhook' && row.path ? `${this.config.publicUrl}/hooks/${row.path}` : null,
      config: (row.config ?? {}) as Record<string, unknown>,
      schedule: schedule
        ? {
            nextFireTimes: schedule.nextActionTimes.slice(0, 5).map((time) => time.toISOString()),
            recentFires: schedule.recentActions.slice(-5).map((action) => ({
              scheduledAt: action.scheduledAt.toISOString(),
              workflowId: action.action.workflow.workflowId,
            })),
          }
        : null,
      cursor: (row.state as { cursor?: unknown } | null)?.cursor ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

function isCurrent(row: TriggerRow): boolean {
  const definition = row.flow.versions[0]?.definition as { trigger?: { kind?: string } } | undefined;
  return definition?.trigger?.kind === row.kind;
}
