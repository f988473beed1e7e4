import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { ManualRunsService } from './manual-runs.service';
import { ManualRunRequest, type RunSummary } from './runs.schemas';

/** Runs of one flow, addressed through the flow; lives with the runs it creates. */
@Controller('v1/flows/:idOrSlug/runs')
export class FlowRunsController {
  constructor(@Inject(ManualRunsService) private readonly manualRuns: ManualRunsService) {}

  @Post()
  @RequireScope('runs:write')
  @Idempotent()
  async start(
    @Param('idOrSlug') idOrSlug: string,
    @Body(new ZodValidationPipe(ManualRunRequest.prefault({}))) body: ManualRunRequest,
    @CurrentPrincipal() caller: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RunSummary> {
    const key = request.get('idempotency-key');
    const { run, created } = await this.manualRuns.start(
      idOrSlug,
      body,
      key === undefined ? undefined : `${caller.id}\u0000${key}`,
    );
    // a business key that matched an existing run answers with that run
    response.status(created ? 201 : 200).location(`/v1/runs/${run.id}`);
    return run;
  }
}
