import type { TriggerActivities } from '@tributary/workflows/run-flow.contract';
import { createConsumeSubscription } from './consume-subscription.activity';
import { createPollOnce, type TriggerActivityDeps } from './poll-once.activity';

/** The activities that keep polling and subscription triggers running. */
export function createTriggerActivities(deps: TriggerActivityDeps): TriggerActivities {
  return {
    pollOnce: createPollOnce(deps),
    consumeSubscription: createConsumeSubscription(deps),
  };
}
