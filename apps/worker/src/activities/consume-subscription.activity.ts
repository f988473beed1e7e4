import { Context, ApplicationFailure } from '@temporalio/activity';
import { subscribeTrigger } from '@tributary/connector-sdk';
import { connectorLogger } from '../connectors/connector-logger';
import { connectorForTrigger } from '../triggers/connector-for-trigger';
import { triggerFailure } from '../triggers/trigger-failure';
import { loadTriggerSource } from '../triggers/trigger-source';
import { heartbeatEvery, type TriggerActivityDeps } from './poll-once.activity';

/**
 * Holds a subscription trigger's consumer for as long as the trigger is
 * enabled. Each message's run is started before the connector acknowledges
 * it to the broker, so a crash loses nothing: unacknowledged messages go to
 * the next consumer, and the derived workflow id drops the redelivered ones
 * that had started. Heartbeats keep Temporal informed; when they stop (a
 * dead worker), Temporal restarts the consumer on another worker.
 */
export function createConsumeSubscription(deps: TriggerActivityDeps) {
  return async function consumeSubscription(request: { triggerId: string }): Promise<void> {
    const source = await loadTriggerSource(deps.prisma, request.triggerId);
    if (!source.enabled) return;
    const { config } = source;
    const connector = connectorForTrigger(deps.catalog, config);
    const connection = config.connection ? await deps.resolveConnection(config.connection) : undefined;
    const activity = Context.current();
    const logger = deps.logger.child({ trigger: source.firing.id, connector: connector.name });
    // Heartbeats carry cancellation to the activity, so they must flow while the topic is quiet too.
    const beat = setInterval(() => activity.heartbeat(), heartbeatEvery(activity.info.heartbeatTimeoutMs));
    try {
      await subscribeTrigger(connector, config.trigger, {
        input: config.input,
        auth: connection?.auth,
        signal: activity.cancellationSignal,
        heartbeat: () => activity.heartbeat(),
        subscriberId: `tributary-${source.firing.id}`,
        logger: connectorLogger(logger),
        emit: async (event) => {
          await deps.starter.start(source.firing, event);
        },
      });
    } catch (error) {
      if (activity.cancellationSignal.aborted) throw activity.cancellationSignal.reason;
      throw triggerFailure(error);
    } finally {
      clearInterval(beat);
    }
    // Disabled (cancelled) or the worker is shutting down: either way Temporal decides what happens next.
    if (activity.cancellationSignal.aborted) throw activity.cancellationSignal.reason;
    throw ApplicationFailure.retryable(
      `the ${connector.name}.${config.trigger} subscription ended without being stopped; reconnecting`,
      'subscription_ended',
    );
  };
}
