import { Prisma, type PrismaClient } from '@tributary/db';
import { asRunStatus } from '../runs/run-status';
import type { FlowLastRun } from './flows.schemas';

interface LastRunRow {
  flowId: string;
  id: string;
  status: string;
  startedAt: Date;
  closedAt: Date | null;
}

/**
 * The most recently started run of each flow, from the `Run` index, in one
 * query for a whole page of flows (DISTINCT ON walks the (flowId, startedAt)
 * index instead of reading every run). Draft test runs (no flow version) are
 * left out: they say how the editor's draft behaves, not how the flow runs.
 */
export async function readLastRuns(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  flowIds: string[],
): Promise<Map<string, FlowLastRun>> {
  const lastRuns = new Map<string, FlowLastRun>();
  if (flowIds.length === 0) return lastRuns;
  const rows = await prisma.$queryRaw<LastRunRow[]>`
    SELECT DISTINCT ON ("flowId") "flowId", "id", "status", "startedAt", "closedAt"
    FROM "Run"
    WHERE "flowId" IN (${Prisma.join(flowIds)}) AND "flowVersionId" IS NOT NULL
    ORDER BY "flowId", "startedAt" DESC, "id" DESC`;
  for (const row of rows) {
    lastRuns.set(row.flowId, {
      id: row.id,
      status: asRunStatus(row.status),
      startedAt: row.startedAt.toISOString(),
      closedAt: row.closedAt?.toISOString() ?? null,
    });
  }
  return lastRuns;
}
