import { derivedId, type PrismaClient } from '@tributary/db';
import type { LaunchRunRequest, RunFlowInput } from '@tributary/workflows/run-flow.contract';
import { createResolveFlowVersion, type FlowVersionReader } from './resolve-flow-version.activity';

export type LaunchRunStore = FlowVersionReader & Pick<PrismaClient, 'run'>;

/**
 * The first activity of a platform-started run (schedule, poll,
 * subscription): resolves the flow's latest published version with its
 * mappings, records the run in the index and returns the run's full input.
 * The run id is derived from the workflow id, so a retried activity records
 * the same run once.
 */
export function createLaunchRun(prisma: LaunchRunStore) {
  const resolveFlowVersion = createResolveFlowVersion(prisma);
  return async function launchRun(request: LaunchRunRequest): Promise<RunFlowInput> {
    const flow = await prisma.flow.findUnique({ where: { id: request.flowId }, select: { slug: true } });
    // resolveFlowVersion reports a missing flow or version as a non-retryable failure
    const resolved = await resolveFlowVersion({ slug: flow?.slug ?? `(deleted flow ${request.flowId})` });
    const runId = derivedId('run', request.workflowId);
    const payload =
      request.triggerKind === 'schedule'
        ? { scheduledAt: request.startedAt, payload: request.payload ?? null }
        : request.payload;
    await prisma.run.createMany({
      data: [
        {
          id: runId,
          flowId: resolved.flow.id,
          flowVersionId: resolved.flow.versionId,
          flowVersionNumber: resolved.flow.version,
          triggerKind: request.triggerKind,
          triggerId: request.triggerId,
          workflowId: request.workflowId,
          temporalRunId: request.temporalRunId,
          status: 'running',
          startedAt: new Date(request.startedAt),
          businessKey: request.eventKey ?? null,
        },
      ],
      skipDuplicates: true,
    });
    return {
      runId,
      flow: resolved.flow,
      definition: resolved.definition,
      trigger: { kind: request.triggerKind, payload, receivedAt: request.startedAt },
      ...(Object.keys(resolved.mappings).length > 0 ? { mappings: resolved.mappings } : {}),
    };
  };
}
