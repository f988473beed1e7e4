import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { RunInteractionsService } from './run-interactions.service';
import { RunProgressStream } from './run-progress.stream';
import { openEventStream } from './server-sent-events';
import { RunRestartsService } from './run-restarts.service';
import { RunsService } from './runs.service';
import {
  BulkRunRequest,
  RunApprovalRequest,
  RunEventRequest,
  RunListQuery,
  RunRerunRequest,
  RunRestartRequest,
  RunTerminateRequest,
  type BulkRunResult,
  type RunResource,
  type RunSummary,
} from './runs.schemas';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';

@Controller('v1/runs')
export class RunsController {
  constructor(
    @Inject(RunsService) private readonly runs: RunsService,
    @Inject(RunInteractionsService) private readonly interactions: RunInteractionsService,
    @Inject(RunRestartsService) private readonly restarts: RunRestartsService,
    @Inject(RunProgressStream) private readonly progressStream: RunProgressStream,
  ) {}

  @Get()
  @RequireScope('runs:read')
  list(@Query(new ZodValidationPipe(RunListQuery)) query: RunListQuery): Promise<ListPage<RunSummary>> {
    return this.runs.list(query);
  }

  // Declared before the `:id/…` routes, which would otherwise take "bulk" for a run id.
  @Post('bulk/restart')
  @RequireScope('runs:write')
  @Idempotent()
  @HttpCode(200)
  bulkRestart(@Body(new ZodValidationPipe(BulkRunRequest)) body: BulkRunRequest): Promise<BulkRunResult> {
    return this.restarts.bulk('restart', body);
  }

  @Post('bulk/rerun')
  @RequireScope('runs:write')
  @Idempotent()
  @HttpCode(200)
  bulkRerun(@Body(new ZodValidationPipe(BulkRunRequest)) body: BulkRunRequest): Promise<BulkRunResult> {
    return this.restarts.bulk('rerun', body);
  }

  @Get(':id')
  @RequireScope('runs:read')
  get(@Param('id') id: string): Promise<RunResource> {
    return this.runs.get(id);
  }

  /** Server-Sent Events: `progress` whenever the step timeline changes, then `finished`. */
  @Get(':id/events')
  @RequireScope('runs:read')
  async streamEvents(
    @Param('id') id: string,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const initial = await this.progressStream.first(id);
    const sink = openEventStream(response);
    const stop = new AbortController();
    // the response's 'close' fires when the client disconnects (or once the stream has ended)
    response.on('close', () => stop.abort());
    await this.progressStream.follow(initial, sink, stop.signal, lastEventId);
  }

  @Post(':id/events')
  @RequireScope('runs:write')
  @HttpCode(200)
  submitEvent(@Param('id') id: string, @Body(new ZodValidationPipe(RunEventRequest)) body: RunEventRequest) {
    return this.interactions.submitEvent(id, body);
  }

  @Post(':id/approvals')
  @RequireScope('runs:write')
  @HttpCode(200)
  decideApproval(@Param('id') id: string, @Body(new ZodValidationPipe(RunApprovalRequest)) body: RunApprovalRequest) {
    return this.interactions.decideApproval(id, body);
  }

  @Post(':id/cancel')
  @RequireScope('runs:write')
  @HttpCode(202)
  cancel(@Param('id') id: string) {
    return this.interactions.cancel(id);
  }

  @Post(':id/terminate')
  @RequireScope('runs:write')
  @HttpCode(200)
  terminate(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(RunTerminateRequest)) body: RunTerminateRequest,
  ): Promise<RunSummary> {
    return this.interactions.terminate(id, body);
  }

  @Post(':id/restart')
  @RequireScope('runs:write')
  @Idempotent()
  @HttpCode(201)
  restart(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(RunRestartRequest.prefault({}))) body: RunRestartRequest,
  ): Promise<RunSummary> {
    return this.restarts.restart(id, body);
  }

  @Post(':id/rerun')
  @RequireScope('runs:write')
  @Idempotent()
  @HttpCode(201)
  rerun(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(RunRerunRequest.prefault({}))) body: RunRerunRequest,
  ): Promise<RunSummary> {
    return this.restarts.rerun(id, body);
  }
}
