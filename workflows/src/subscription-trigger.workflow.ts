import { proxyActivities } from '@temporalio/workflow';
import type { SubscriptionTriggerInput, TriggerActivities } from './run-flow.contract';

/**
 * Keeps one subscription trigger (an MQTT topic, an AMQP queue) consuming.
 * Cancelling this workflow disables the trigger: the activity sees the
 * cancellation, stops consuming and leaves unacknowledged messages with the
 * broker for the next consumer.
 */
export async function subscriptionTrigger(input: SubscriptionTriggerInput): Promise<void> {
  const { consumeSubscription } = proxyActivities<TriggerActivities>({
    // The consumer runs for as long as the trigger is enabled; the heartbeat,
    // not a start-to-close timeout, tells Temporal it is alive. A worker that
    // dies stops heartbeating and the consumer restarts on another worker.
    startToCloseTimeout: '3650 days',
    heartbeatTimeout: `${input.heartbeatTimeoutSeconds ?? 30} seconds`,
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  });
  await consumeSubscription({ triggerId: input.triggerId });
}
