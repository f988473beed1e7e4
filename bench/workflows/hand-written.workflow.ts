import { proxyActivities } from '@temporalio/workflow';
import type { FlowActivities } from '@tributary/workflows/run-flow.contract';

// The baseline: what a developer would write by hand for a 20-call
// integration — the same activity, the same retry policy, no interpreter.
const { runAction } = proxyActivities<FlowActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumAttempts: 5, initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function handWrittenTwentySteps(payload: { ref: string }): Promise<unknown> {
  let previous: unknown = payload;
  for (let index = 0; index < 20; index += 1) {
    const result = await runAction({
      connector: 'bench',
      action: 'touch',
      input: { step: index, previous },
      idempotencyKey: `hand:${payload.ref}:${index}`,
    });
    previous = result.output;
  }
  return previous;
}
