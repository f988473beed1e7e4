import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { RunsService } from './runs.service';
import { RunListQuery, type RunResource, type RunSummary } from './runs.schemas';

@Controller('v1/runs')
export class RunsController {
  constructor(@Inject(RunsService) private readonly runs: RunsService) {}

  @Get()
  list(@Query(new ZodValidationPipe(RunListQuery)) query: RunListQuery): Promise<ListPage<RunSummary>> {
    return this.runs.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string): Promise<RunResource> {
    return this.runs.get(id);
  }
}
