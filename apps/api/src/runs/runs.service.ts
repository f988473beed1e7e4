import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import type { ListPage } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { RunProgressReader } from './run-progress.reader';
import { RunVisibilityLister } from './run-visibility.lister';
import type { RunStatus } from './run-status';
import { presentCompensation, presentRunSummary, presentStep, type RunWithFlow } from './runs.presenter';
import type { RunListQuery, RunResource, RunSummary } from './runs.schemas';

/**
 * Reading runs. Lists come from Temporal visibility (joined with the `Run`
 * index rows); one run's detail comes from Temporal, which holds the truth,
 * and refreshes the index row.
 */
@Injectable()
export class RunsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(RunProgressReader) private readonly progress: RunProgressReader,
    @Inject(RunVisibilityLister) private readonly visibility: RunVisibilityLister,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(query: RunListQuery): Promise<ListPage<RunSummary>> {
    return this.visibility.list(query);
  }

  async get(id: string): Promise<RunResource> {
    const run = await this.prisma.run.findUnique({ where: { id }, include: { flow: { select: { slug: true } } } });
    if (!run) throw new ResourceNotFoundError('run', id);
    const observed = await this.progress.observe(run.workflowId, run.temporalRunId);
    if (!observed.found) {
      return {
        ...this.presentRun(run),
        steps: [],
        error: { code: 'workflow_not_found', message: 'Temporal has no execution for this run (it may have expired).' },
      };
    }
    const current = await this.refreshIndexRow(run, observed.status, observed.closedAt);
    return {
      ...this.presentRun(current),
      steps: observed.steps.map(presentStep),
      ...(observed.error ? { error: observed.error } : {}),
      ...(observed.compensations ? { compensations: observed.compensations.map(presentCompensation) } : {}),
    };
  }

  private async refreshIndexRow(run: RunWithFlow, status: RunStatus | undefined, closedAt: Date | null) {
    if (!status) return run;
    const closedChanged = (run.closedAt?.getTime() ?? null) !== (closedAt?.getTime() ?? null);
    if (status === run.status && !closedChanged) return run;
    const updated = await this.prisma.run.update({ where: { id: run.id }, data: { status, closedAt } });
    return { ...updated, flow: run.flow };
  }

  private presentRun(run: RunWithFlow): Omit<RunResource, 'steps' | 'error'> {
    const uiUrl = this.config.temporal.uiUrl;
    const execution =
      uiUrl && run.temporalRunId
        ? `${uiUrl}/namespaces/${encodeURIComponent(this.config.temporal.namespace)}/workflows/${encodeURIComponent(run.workflowId)}/${encodeURIComponent(run.temporalRunId)}`
        : undefined;
    return {
      ...presentRunSummary(run),
      ...(execution ? { temporalUiUrl: execution } : {}),
      links: execution ? { temporalUi: `${execution}/history` } : {},
    };
  }
}
