import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FlowVersion, Prisma, PrismaClient } from '@tributary/db';
import type { RunFlowInput, RunProgress, RunResume } from '@tributary/workflows/run-flow.contract';
import { PRISMA } from '../database/database.module';
import { flowWhere } from '../flows/flow-lookup';
import { storedFlowDefinition } from '../flows/stored-flow-definition';
import { FlowNotPublishedError } from '../hooks/hooks.errors';
import { ApiProblem, ResourceNotFoundError } from '../problem/api-problem';
import { RunInputReader } from './run-input.reader';
import { RunLauncher, type RunLaunch, type RunTarget } from './run-launcher.service';
import { RunProgressReader } from './run-progress.reader';
import { recordedOutputsBefore, restartStepFor } from './restart-point';
import { RestartStepInvalidError, RunHistoryUnavailableError, RunStillRunningError } from './runs.errors';
import { presentRunSummary } from './runs.presenter';
import type { BulkRunRequest, BulkRunResult, RunRerunRequest, RunRestartRequest, RunSummary } from './runs.schemas';

type VersionChoice = RunRestartRequest['version'];

const sourceInclude = { flow: true, flowVersion: true } as const;
type SourceRun = Prisma.RunGetPayload<{ include: typeof sourceInclude }>;

// Restarts replay closed histories on the workers; a few at a time is plenty.
const BULK_CONCURRENCY = 4;

/**
 * New runs from old ones. A re-run repeats the trigger payload from the
 * start; a restart reuses the outputs the source run recorded before a
 * top-level step and executes from that step on. Either may run the source's
 * flow version or the latest published one. The "original" of a draft test
 * run is the definition it ran, read from its start input (the draft may have
 * changed since), and the new run is a draft test run again.
 */
@Injectable()
export class RunRestartsService {
  private readonly logger = new Logger(RunRestartsService.name);

  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
    @Inject(RunProgressReader) private readonly progress: RunProgressReader,
    @Inject(RunInputReader) private readonly inputs: RunInputReader,
  ) {}

  async restart(runId: string, request: RunRestartRequest): Promise<RunSummary> {
    const source = await this.findSource(runId);
    const progress = await this.progress.recordedProgress(source.workflowId, source.temporalRunId);
    if (!progress) throw new RunHistoryUnavailableError(source.id, 'step progress');
    if (progress.status === 'running') throw new RunStillRunningError(source.id);
    const input = await this.startInput(source);
    const target = await this.target(source, request.version, input);
    const fromStepId = request.fromStepId ?? defaultRestartStep(progress);
    const topLevel = target.definition.steps.map((step) => step.id);
    if (!topLevel.includes(fromStepId)) {
      const which = target.version === null ? 'the tested draft' : `version ${target.version}`;
      throw new RestartStepInvalidError(
        fromStepId,
        `"${fromStepId}" is not a top-level step of ${which}; restarts begin at a top-level step (${topLevel.join(', ')}).`,
      );
    }
    const resume: RunResume = {
      sourceRunId: source.id,
      fromStepId,
      outputs: recordedOutputsBefore(progress.steps, topLevel.slice(0, topLevel.indexOf(fromStepId))),
    };
    return this.launchFrom(source, input, target, { resume });
  }

  async rerun(runId: string, request: RunRerunRequest): Promise<RunSummary> {
    const source = await this.findSource(runId);
    const input = await this.startInput(source);
    return this.launchFrom(source, input, await this.target(source, request.version, input), { rerunOf: source.id });
  }

  async bulk(kind: 'restart' | 'rerun', request: BulkRunRequest): Promise<BulkRunResult> {
    const { filter } = request;
    const sources = await this.prisma.run.findMany({
      where: {
        ...(filter.flowId ? { flow: flowWhere(filter.flowId) } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.startedAfter || filter.startedBefore
          ? {
              startedAt: {
                ...(filter.startedAfter ? { gte: new Date(filter.startedAfter) } : {}),
                ...(filter.startedBefore ? { lt: new Date(filter.startedBefore) } : {}),
              },
            }
          : {}),
      },
      orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
      take: request.limit,
      select: { id: true },
    });
    const data = await mapConcurrently(sources, BULK_CONCURRENCY, async ({ id }) => {
      try {
        const created =
          kind === 'restart'
            ? await this.restart(id, { version: request.version })
            : await this.rerun(id, { version: request.version });
        return { sourceRunId: id, newRunId: created.id };
      } catch (error) {
        // One bad source must not lose the results of the others; internals stay out of the answer.
        if (!(error instanceof ApiProblem)) {
          this.logger.error(`bulk ${kind} of run ${id} failed`, error instanceof Error ? error.stack : String(error));
          return { sourceRunId: id, error: { code: 'internal_error', message: 'An unexpected error occurred.' } };
        }
        return { sourceRunId: id, error: { code: error.code, message: error.detail ?? error.title } };
      }
    });
    return { object: 'list', data };
  }

  private async launchFrom(
    source: SourceRun,
    input: RunFlowInput,
    target: RunTarget,
    origin: Pick<RunLaunch, 'resume' | 'rerunOf'>,
  ): Promise<RunSummary> {
    const launched = await this.launcher.launch({
      flow: { id: source.flow.id, slug: source.flow.slug, name: source.flow.name },
      version: target,
      trigger: { kind: input.trigger.kind, payload: input.trigger.payload },
      ...origin,
    });
    const run = await this.prisma.run.findUniqueOrThrow({
      where: { id: launched.id },
      include: { flow: { select: { slug: true } } },
    });
    return presentRunSummary(run);
  }

  private async findSource(runId: string): Promise<SourceRun> {
    const source = await this.prisma.run.findUnique({ where: { id: runId }, include: sourceInclude });
    if (!source) throw new ResourceNotFoundError('run', runId);
    return source;
  }

  /** The input the source run started with: its trigger payload, and the definition a draft run ran. */
  private async startInput(source: SourceRun): Promise<RunFlowInput> {
    const input = await this.inputs.startInput(source.workflowId, source.temporalRunId);
    if (!input) throw new RunHistoryUnavailableError(source.id, 'trigger payload');
    return input;
  }

  private async target(source: SourceRun, choice: VersionChoice, input: RunFlowInput): Promise<RunTarget> {
    if (choice === 'original') {
      return source.flowVersion
        ? publishedTarget(source.flowVersion)
        : { id: null, version: null, definition: input.definition };
    }
    const latest = await this.prisma.flowVersion.findFirst({
      where: { flowId: source.flowId },
      orderBy: { version: 'desc' },
    });
    const version = latest ?? source.flowVersion;
    // a draft test run of a flow that was never published has no "latest" to run
    if (!version) throw new FlowNotPublishedError(source.flow.slug);
    return publishedTarget(version);
  }
}

function publishedTarget(version: FlowVersion): RunTarget {
  return { id: version.id, version: version.version, definition: storedFlowDefinition(version.definition) };
}

function defaultRestartStep(progress: RunProgress): string {
  const stepId = restartStepFor(progress);
  if (!stepId) {
    throw new RestartStepInvalidError(
      undefined,
      `The run ended ${progress.status} without a failed step; say which step to restart from with "fromStepId".`,
    );
  }
  return stepId;
}

async function mapConcurrently<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
