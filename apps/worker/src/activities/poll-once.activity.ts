import { Context } from '@temporalio/activity';
import { pollTrigger, type Connector } from '@tributary/connector-sdk';
import type { PrismaClient } from '@tributary/db';
import type { PollOnceResult } from '@tributary/workflows/run-flow.contract';
import type { ResolvedConnection } from '../connections/connection-secrets';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import type { Logger } from '../logger';
import { connectorLogger } from '../connectors/connector-logger';
import { connectorForTrigger } from '../triggers/connector-for-trigger';
import { triggerFailure } from '../triggers/trigger-failure';
import type { TriggerRunStarter } from '../triggers/trigger-run-starter';
import { loadTriggerSource, type TriggerSource } from '../triggers/trigger-source';

export interface TriggerActivityDeps {
  prisma: Pick<PrismaClient, 'trigger'>;
  catalog: ConnectorCatalog;
  starter: TriggerRunStarter;
  resolveConnection(name: string): Promise<ResolvedConnection>;
  logger: Logger;
}

/**
 * One poll of a polling trigger. Order matters for exactly-once: the runs of
 * every event start (under ids derived from the events) BEFORE the new
 * cursor is stored. A crash in between repeats the poll from the old cursor,
 * and the repeated events find their runs already there.
 */
export function createPollOnce(deps: TriggerActivityDeps) {
  return async function pollOnce(request: { triggerId: string }): Promise<PollOnceResult> {
    const source = await loadTriggerSource(deps.prisma, request.triggerId);
    if (!source.enabled) return { events: 0, started: 0, hasMore: false };
    const { config } = source;
    const connector = connectorForTrigger(deps.catalog, config);
    const connection = config.connection ? await deps.resolveConnection(config.connection) : undefined;
    const activity = Context.current();
    // The heartbeat timeout catches a dead worker; a slow but live poll keeps beating.
    const beat = setInterval(() => activity.heartbeat(), heartbeatEvery(activity.info.heartbeatTimeoutMs));
    try {
      return await pollAndStart(deps, source, connector, connection?.auth, activity);
    } finally {
      clearInterval(beat);
    }
  };
}

async function pollAndStart(
  deps: TriggerActivityDeps,
  source: TriggerSource,
  connector: Connector,
  auth: unknown,
  activity: Context,
): Promise<PollOnceResult> {
  const { config } = source;
  let result;
  try {
    result = await pollTrigger(connector, config.trigger, {
      input: config.input,
      auth,
      cursor: source.cursor,
      signal: activity.cancellationSignal,
      heartbeat: () => activity.heartbeat(),
      subscriberId: `tributary-${source.firing.id}`,
      logger: connectorLogger(deps.logger.child({ trigger: source.firing.id, connector: connector.name })),
    });
  } catch (error) {
    throw triggerFailure(error);
  }
  let started = 0;
  // In order, so runs start in the order the source produced the events.
  for (const event of result.events) {
    if ((await deps.starter.start(source.firing, event)).started) started += 1;
    activity.heartbeat();
  }
  await deps.prisma.trigger.update({
    where: { id: source.firing.id },
    data: { state: { cursor: result.cursor ?? null } as object },
  });
  return { events: result.events.length, started, hasMore: result.hasMore };
}

export function heartbeatEvery(heartbeatTimeoutMs: number | undefined): number {
  return Math.max(1000, Math.floor((heartbeatTimeoutMs ?? 30_000) / 3));
}
