import { ApplicationFailure } from '@temporalio/activity';
import type { PrismaClient } from '@tributary/db';
import { PollTrigger, SubscriptionTrigger } from '@tributary/workflows/definition/flow-trigger';
import type { z } from 'zod';
import type { FiringTrigger } from './trigger-run-starter';

export type ConnectorTriggerConfig = z.output<typeof PollTrigger> | z.output<typeof SubscriptionTrigger>;

export interface TriggerSource {
  firing: FiringTrigger;
  config: ConnectorTriggerConfig;
  enabled: boolean;
  /** what the last poll stored */
  cursor: unknown;
}

export type TriggerStore = Pick<PrismaClient, 'trigger'>;

/**
 * Reads a poll or subscription Trigger row with its flow. Its `config` is
 * the trigger section of the flow's latest published version, written by
 * the API at publish time. A missing row or a config that no longer parses
 * cannot be fixed by retrying: both are non-retryable.
 */
export async function loadTriggerSource(prisma: TriggerStore, triggerId: string): Promise<TriggerSource> {
  const row = await prisma.trigger.findUnique({
    where: { id: triggerId },
    include: { flow: { select: { id: true, slug: true } } },
  });
  if (!row) {
    throw ApplicationFailure.create({
      type: 'trigger_not_found',
      message: `trigger ${triggerId} does not exist (its flow was deleted or re-published without it)`,
      nonRetryable: true,
    });
  }
  const schema = row.kind === 'poll' ? PollTrigger : row.kind === 'subscription' ? SubscriptionTrigger : undefined;
  const parsed = schema?.safeParse(row.config);
  if (!parsed?.success) {
    throw ApplicationFailure.create({
      type: 'trigger_config_invalid',
      message: `trigger ${triggerId} (${row.kind}) has no valid poll or subscription configuration`,
      nonRetryable: true,
    });
  }
  const config = parsed.data;
  const state = (row.state ?? {}) as { cursor?: unknown };
  return {
    firing: {
      id: row.id,
      kind: config.kind,
      flow: row.flow,
      ...(config.businessKey ? { businessKey: config.businessKey } : {}),
    },
    config,
    enabled: row.enabled,
    cursor: state.cursor,
  };
}
