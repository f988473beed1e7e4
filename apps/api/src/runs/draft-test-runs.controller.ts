import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { DraftTestRunPipe } from './draft-test-run.pipe';
import type { DraftTestRun, DraftTestRunRequest } from './draft-test-run.schemas';
import { DraftTestRunsService } from './draft-test-runs.service';

/** Test runs of a flow's draft, addressed through the flow; they are runs like any other once started. */
@Controller('v1/flows/:idOrSlug/test-runs')
export class DraftTestRunsController {
  constructor(@Inject(DraftTestRunsService) private readonly testRuns: DraftTestRunsService) {}

  @Post()
  @RequireScope('runs:write')
  @Idempotent()
  @HttpCode(201)
  async start(
    @Param('idOrSlug') idOrSlug: string,
    @Body(new DraftTestRunPipe()) body: DraftTestRunRequest,
    @CurrentPrincipal() caller: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DraftTestRun> {
    const key = request.get('idempotency-key');
    const run = await this.testRuns.start(idOrSlug, body, key === undefined ? undefined : `${caller.id}\u0000${key}`);
    response.location(`/v1/runs/${run.id}`);
    return run;
  }
}
