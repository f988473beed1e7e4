import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import { flowWhere } from '../flows/flow-lookup';
import { storedFlowDefinition } from '../flows/stored-flow-definition';
import { FlowNotPublishedError } from '../hooks/hooks.errors';
import { ResourceNotFoundError } from '../problem/api-problem';
import { RunLauncher } from './run-launcher.service';
import { presentRunSummary } from './runs.presenter';
import type { ManualRunRequest, RunSummary } from './runs.schemas';

/** `POST /v1/flows/:idOrSlug/runs`: a run started by hand, with trigger kind `manual`. */
@Injectable()
export class ManualRunsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
  ) {}

  /**
   * `idempotencySeed` (caller and Idempotency-Key) makes the run's ids
   * derived, so retries and racing API processes converge on one workflow.
   */
  async start(
    idOrSlug: string,
    request: ManualRunRequest,
    idempotencySeed: string | undefined,
  ): Promise<{ run: RunSummary; created: boolean }> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug) });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    const version = await this.prisma.flowVersion.findFirst({
      where: { flowId: flow.id, ...(request.version === undefined ? {} : { version: request.version }) },
      orderBy: { version: 'desc' },
    });
    if (!version) {
      if (request.version === undefined) throw new FlowNotPublishedError(flow.slug);
      throw new ResourceNotFoundError('flow version', `${flow.slug}@${request.version}`);
    }
    const launched = await this.launcher.launch({
      flow: { id: flow.id, slug: flow.slug, name: flow.name },
      version: { id: version.id, version: version.version, definition: storedFlowDefinition(version.definition) },
      trigger: { kind: 'manual', payload: request.payload ?? null },
      ...(idempotencySeed === undefined ? {} : { idempotencySeed }),
    });
    const run = await this.prisma.run.findUniqueOrThrow({
      where: { id: launched.id },
      include: { flow: { select: { slug: true } } },
    });
    return { run: presentRunSummary(run), created: !launched.duplicate };
  }
}
