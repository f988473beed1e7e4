import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { flowWhere } from '../flows/flow-lookup';
import { savedFlowDraft } from '../flows/saved-flow-draft';
import { FlowValidationService } from '../flows/flow-validation.service';
import { ResourceNotFoundError } from '../problem/api-problem';
import type { DraftTestRun, DraftTestRunRequest } from './draft-test-run.schemas';
import { RunLauncher } from './run-launcher.service';
import { presentRunSummary } from './runs.presenter';

/** The trigger kind of a draft test run; `GET /v1/runs?trigger=test` lists them. */
export const DRAFT_TEST_TRIGGER = 'test';

/**
 * `POST /v1/flows/:idOrSlug/test-runs` (the editor's "Test flow"): runs the
 * flow's draft, or a definition the editor has not saved yet, on Temporal
 * through the same launcher and runFlow workflow as every run, so progress,
 * cancel and terminate work as usual. Nothing is published; the run records
 * no flow version, and a flow that was never published can be tested.
 */
@Injectable()
export class DraftTestRunsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
    @Inject(FlowValidationService) private readonly validation: FlowValidationService,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  /** `idempotencySeed` (caller and Idempotency-Key) derives the run's ids, as for manual runs. */
  async start(
    idOrSlug: string,
    request: DraftTestRunRequest,
    idempotencySeed: string | undefined,
  ): Promise<DraftTestRun> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug) });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    const definition = request.definition ?? savedFlowDraft(flow.draft);
    // publish does not refuse a missing connection either: the step that uses it fails at run time
    const { warnings } = await this.validation.validate(definition);
    const launched = await this.launcher.launch({
      flow: { id: flow.id, slug: flow.slug, name: flow.name },
      version: { id: null, version: null, definition },
      trigger: { kind: DRAFT_TEST_TRIGGER, payload: request.payload ?? null },
      ...(idempotencySeed === undefined ? {} : { idempotencySeed }),
    });
    const run = await this.prisma.run.findUniqueOrThrow({
      where: { id: launched.id },
      include: { flow: { select: { slug: true } } },
    });
    // an unpublished definition acting on real systems is worth a record; a retry that converged on the run is not
    if (!launched.duplicate) {
      await this.prisma.$transaction((tx) =>
        this.audit.record(tx, {
          action: 'flow.test_run_started',
          targetType: 'flow',
          targetId: flow.id,
          data: { runId: run.id, definition: request.definition === undefined ? 'draft' : 'request' },
        }),
      );
    }
    return { ...presentRunSummary(run), warnings };
  }
}
