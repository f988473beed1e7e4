import type { PrismaClient } from '@tributary/db';
import type { RunOutcome } from '@tributary/workflows/run-flow.contract';

/** Mirrors a finished run's status into the control plane's run index. */
export function createRecordRunOutcome(prisma: PrismaClient) {
  return async function recordRunOutcome(outcome: RunOutcome): Promise<void> {
    await prisma.run.updateMany({
      where: { id: outcome.runId },
      data: { status: outcome.status, closedAt: new Date(outcome.closedAt) },
    });
  };
}
