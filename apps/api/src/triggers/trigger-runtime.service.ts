import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  ScheduleNotFoundError,
  WorkflowNotFoundError,
  type Client,
  type ScheduleDescription,
} from '@temporalio/client';
import type { PrismaClient, Trigger } from '@tributary/db';
import { PollTrigger, ScheduleTrigger, SubscriptionTrigger } from '@tributary/workflows/definition/flow-trigger';
import {
  POLL_TRIGGER_WORKFLOW,
  scheduleIdFor,
  SUBSCRIPTION_TRIGGER_WORKFLOW,
  triggerWorkflowId,
} from '@tributary/workflows/run-flow.contract';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { scheduleOptionsFor } from './schedule-options';

/** What Temporal is doing for a trigger right now. */
export type TriggerRuntimeStatus = 'active' | 'paused' | 'stopped' | 'not_applicable' | 'unknown';

type TriggerWithFlow = Trigger & {
  flow: { id: string; slug: string; versions: { definition: unknown }[] };
};

/** The flow and the trigger kind of its latest version: a row of another kind is retired. */
const withFlow = {
  flow: {
    select: {
      id: true,
      slug: true,
      versions: { orderBy: { version: 'desc' as const }, take: 1, select: { definition: true } },
    },
  },
};

/**
 * Makes Temporal match the Trigger table. Schedules become Temporal
 * Schedules (paused while disabled); polling and subscription triggers become
 * one long-running workflow each (`trigger-<id>`), started when enabled and
 * terminated when disabled; webhooks and manual triggers need nothing there.
 * Every operation is idempotent, and all triggers are reconciled when the API
 * starts, so a Temporal outage during a publish heals on the next start.
 */
@Injectable()
export class TriggerRuntime implements OnApplicationBootstrap {
  private readonly logger = new Logger(TriggerRuntime.name);

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.triggers.reconcileOnStart) return;
    // Not awaited: the API serves while Temporal may still be starting.
    void this.reconcileAll().catch((error: unknown) =>
      this.logger.warn(
        `triggers not reconciled with Temporal at start-up (${error instanceof Error ? error.message : String(error)}); they will be on the next`,
      ),
    );
  }

  async reconcileAll(): Promise<void> {
    const rows = await this.prisma.trigger.findMany({
      where: { kind: { in: ['schedule', 'poll', 'subscription'] } },
      include: withFlow,
    });
    // At start-up a running consumer is left alone: restarting every MQTT session
    // and poll loop whenever an API process starts would serve nobody.
    for (const row of rows) await this.apply(row, { restartConsumer: false });
  }

  /** Reconciles the given triggers; Temporal being down is reported, not swallowed. */
  async reconcile(triggerIds: string[]): Promise<void> {
    const rows = await this.prisma.trigger.findMany({
      where: { id: { in: triggerIds } },
      include: withFlow,
    });
    try {
      for (const row of rows) await this.apply(row, { restartConsumer: true });
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
  }

  /** Removes what Temporal runs for these triggers (their flow is going away): schedules deleted, consumers terminated. */
  async stop(triggers: Pick<Trigger, 'id' | 'kind'>[]): Promise<void> {
    try {
      for (const trigger of triggers) {
        if (trigger.kind === 'schedule') {
          await this.temporal.schedule
            .getHandle(scheduleIdFor(trigger.id))
            .delete()
            .catch(ignore(ScheduleNotFoundError));
        } else if (trigger.kind === 'poll' || trigger.kind === 'subscription') {
          await this.temporal.workflow
            .getHandle(triggerWorkflowId(trigger.id))
            .terminate('flow deleted')
            .catch(ignore(WorkflowNotFoundError));
        }
      }
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
  }

  async status(trigger: Pick<Trigger, 'id' | 'kind'>): Promise<TriggerRuntimeStatus> {
    try {
      if (trigger.kind === 'schedule') {
        const description = await this.temporal.schedule.getHandle(scheduleIdFor(trigger.id)).describe();
        return description.state.paused ? 'paused' : 'active';
      }
      if (trigger.kind === 'poll' || trigger.kind === 'subscription') {
        const description = await this.temporal.workflow.getHandle(triggerWorkflowId(trigger.id)).describe();
        return description.status.name === 'RUNNING' ? 'active' : 'stopped';
      }
      return 'not_applicable';
    } catch (error) {
      if (error instanceof ScheduleNotFoundError || error instanceof WorkflowNotFoundError) return 'stopped';
      return 'unknown';
    }
  }

  /** Fires a schedule now, outside its calendar. */
  async fireNow(triggerId: string): Promise<void> {
    try {
      await this.temporal.schedule.getHandle(scheduleIdFor(triggerId)).trigger('ALLOW_ALL');
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }
  }

  /** Recent and upcoming fires of a schedule, for the trigger resource. */
  async scheduleInfo(triggerId: string): Promise<ScheduleDescription['info'] | null> {
    try {
      return (await this.temporal.schedule.getHandle(scheduleIdFor(triggerId)).describe()).info;
    } catch {
      return null;
    }
  }

  private async apply(row: TriggerWithFlow, options: { restartConsumer: boolean }): Promise<void> {
    if (row.kind === 'schedule') return this.applySchedule(row);
    if (row.kind === 'poll' || row.kind === 'subscription') return this.applyConsumer(row, options.restartConsumer);
  }

  private async applySchedule(row: TriggerWithFlow): Promise<void> {
    const handle = this.temporal.schedule.getHandle(scheduleIdFor(row.id));
    const config = ScheduleTrigger.safeParse(row.config);
    // A retired schedule (the flow no longer has one) goes away; a disabled one is paused.
    if (!config.success || !isCurrent(row)) {
      await handle.delete().catch(ignore(ScheduleNotFoundError));
      return;
    }
    const options = scheduleOptionsFor(
      { id: row.id, enabled: row.enabled, config: config.data },
      row.flow,
      this.taskQueue,
    );
    try {
      await handle.update((previous) => ({
        ...previous,
        spec: options.spec,
        action: options.action,
        policies: { ...previous.policies, ...options.policies },
        state: { ...previous.state, paused: !row.enabled, note: row.enabled ? 'enabled' : 'disabled in Tributary' },
      }));
    } catch (error) {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
      await this.temporal.schedule.create(options);
    }
  }

  private async applyConsumer(row: TriggerWithFlow, restart: boolean): Promise<void> {
    const workflowId = triggerWorkflowId(row.id);
    if (!row.enabled || !isCurrent(row)) {
      // Terminated rather than cancelled so the trigger is off the moment the call returns; a
      // consumer activity learns it at its next heartbeat and leaves unacknowledged messages with the broker.
      await this.temporal.workflow
        .getHandle(workflowId)
        .terminate('disabled in Tributary')
        .catch(ignore(WorkflowNotFoundError));
      return;
    }
    const poll = row.kind === 'poll' ? PollTrigger.safeParse(row.config) : undefined;
    const subscription = row.kind === 'subscription' ? SubscriptionTrigger.safeParse(row.config) : undefined;
    if (poll && !poll.success) return;
    if (subscription && !subscription.success) return;
    // After a publish, restarting applies a changed configuration (topic, interval)
    // at once; the cursor lives in the Trigger row and unacknowledged messages with
    // the broker, so nothing is lost. Otherwise a running consumer is kept.
    await this.temporal.workflow.start(row.kind === 'poll' ? POLL_TRIGGER_WORKFLOW : SUBSCRIPTION_TRIGGER_WORKFLOW, {
      taskQueue: this.taskQueue,
      workflowId,
      args: [poll?.success ? { triggerId: row.id, intervalSeconds: poll.data.intervalSeconds } : { triggerId: row.id }],
      workflowIdConflictPolicy: restart ? 'TERMINATE_EXISTING' : 'USE_EXISTING',
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      memo: { flowId: row.flow.id, triggerId: row.id },
    });
  }

  private get taskQueue(): string {
    return this.config.temporal.taskQueue;
  }
}

/** The live trigger is the one of the kind the latest version declares; others are retired. */
function isCurrent(row: TriggerWithFlow): boolean {
  const definition = row.flow.versions[0]?.definition as { trigger?: { kind?: string } } | undefined;
  return definition?.trigger?.kind === row.kind;
}

function ignore(kind: new (...args: never[]) => Error) {
  return (error: unknown) => {
    if (!(error instanceof kind)) throw error;
  };
}
