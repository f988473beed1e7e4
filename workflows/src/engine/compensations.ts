import { proxyActivities } from '@temporalio/workflow';
import { evaluateTemplate } from '../expressions/expression-value';
import type { FlowActivities } from '../run-flow.contract';
import type { RunContext } from './step-context';
import { toStepError } from './step-failure';
import type { RunState } from './run-state';

const undo = proxyActivities<Pick<FlowActivities, 'runAction'>>({
  startToCloseTimeout: '2 minutes',
  retry: { maximumAttempts: 10, initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * Saga: undoes the completed actions that declared a compensation, newest
 * first. A compensation that fails is recorded and the others still run:
 * leaving the rest undone would be worse than one visible failure.
 */
export async function runCompensations(run: RunContext, state: RunState): Promise<void> {
  while (run.compensations.length > 0) {
    const pending = run.compensations.pop()!;
    const progress = state.compensation(pending.stepId);
    try {
      const input = (await evaluateTemplate(pending.input, pending.scope, 'compensation.input')) as Record<
        string,
        unknown
      >;
      await undo.runAction({
        connector: pending.connector,
        connectorVersion: pending.connectorVersion,
        action: pending.action,
        input,
        connection: pending.connection,
        idempotencyKey: `${run.runId}:${pending.stepId}:compensate`,
        runId: run.runId,
        stepId: pending.stepId,
      });
      progress.status = 'succeeded';
    } catch (error) {
      progress.status = 'failed';
      progress.error = toStepError(error).error;
    }
  }
}
