import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { RunInteractionsService } from './run-interactions.service';
import { RunRestartsService } from './run-restarts.service';
import { RunsService } from './runs.service';
import {
  BulkRunRequest,
  RunApprovalRequest,
  RunEventRequest,
  RunListQuery,
  RunRerunRequest,
  RunRestartRequest,
  type BulkRunResult,
  type RunResource,
  type RunSummary,
} from './runs.schemas';

@Controller('v1/runs')
export class RunsController {
  constructor(
    @Inject(RunsService) private readonly runs: RunsService,
    @Inject(RunInteractionsService) private readonly interactions: RunInteractionsService,
    @Inject(RunRestartsService) private readonly restarts: RunRestartsService,
  ) {}

  @Get()
  list(@Query(new ZodValidationPipe(RunListQuery)) query: RunListQuery): Promise<ListPage<RunSummary>> {
    return this.runs.list(query);
  }

  // Declared before the `:id/…` routes, which would otherwise take "bulk" for a run id.
  @Post('bulk/restart')
  @HttpCode(200)
  bulkRestart(@Body(new ZodValidationPipe(BulkRunRequest)) body: BulkRunRequest): Promise<BulkRunResult> {
    return this.restarts.bulk('restart', body);
  }

  @Post('bulk/rerun')
  @HttpCode(200)
  bulkRerun(@Body(new ZodValidationPipe(BulkRunRequest)) body: BulkRunRequest): Promise<BulkRunResult> {
    return this.restarts.bulk('rerun', body);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<RunResource> {
    return this.runs.get(id);
  }

  @Post(':id/events')
  @HttpCode(200)
  submitEvent(@Param('id') id: string, @Body(new ZodValidationPipe(RunEventRequest)) body: RunEventRequest) {
    return this.interactions.submitEvent(id, body);
  }

  @Post(':id/approvals')
  @HttpCode(200)
  decideApproval(@Param('id') id: string, @Body(new ZodValidationPipe(RunApprovalRequest)) body: RunApprovalRequest) {
    return this.interactions.decideApproval(id, body);
  }

  @Post(':id/cancel')
  @HttpCode(202)
  cancel(@Param('id') id: string) {
    return this.interactions.cancel(id);
  }

  @Post(':id/restart')
  @HttpCode(201)
  restart(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(RunRestartRequest.prefault({}))) body: RunRestartRequest,
  ): Promise<RunSummary> {
    return this.restarts.restart(id, body);
  }

  @Post(':id/rerun')
  @HttpCode(201)
  rerun(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(RunRerunRequest.prefault({}))) body: RunRerunRequest,
  ): Promise<RunSummary> {
    return this.restarts.rerun(id, body);
  }
}
