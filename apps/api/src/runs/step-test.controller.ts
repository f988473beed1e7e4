import { Body, Controller, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { StepTestPipe, type CheckedStepTestRequest } from './step-test.pipe';
import type { StepTestResult } from './step-test.schemas';
import { StepTestService } from './step-test.service';

/** "Test this step": one step of a flow's draft, addressed through the flow. */
@Controller('v1/flows/:idOrSlug/steps/:stepId/test')
export class StepTestController {
  constructor(@Inject(StepTestService) private readonly tests: StepTestService) {}

  /**
   * 200 whatever the step did: a failed action is an answer, not an error of
   * this request. Idempotent because an action step acts for real: a retried
   * request must not act twice.
   */
  @Post()
  @RequireScope('runs:write')
  @Idempotent()
  @HttpCode(200)
  test(
    @Param('idOrSlug') idOrSlug: string,
    @Param('stepId') stepId: string,
    @Body(new StepTestPipe()) body: CheckedStepTestRequest,
    @CurrentPrincipal() caller: Principal,
    @Req() request: Request,
  ): Promise<StepTestResult> {
    const key = request.get('idempotency-key');
    return this.tests.test(idOrSlug, stepId, body, key === undefined ? undefined : `${caller.id}\u0000${key}`);
  }
}
