import { Controller, Get, Inject, Query } from '@nestjs/common';
import { RequireScope } from '../auth/route-access.decorator';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { AuditEventsService } from './audit-events.service';
import { AuditEventListQuery, type AuditEventResource } from './audit-events.schemas';

@Controller('v1/audit-events')
export class AuditEventsController {
  constructor(@Inject(AuditEventsService) private readonly events: AuditEventsService) {}

  @Get()
  @RequireScope('admin')
  list(
    @Query(new ZodValidationPipe(AuditEventListQuery)) query: AuditEventListQuery,
  ): Promise<ListPage<AuditEventResource>> {
    return this.events.list(query);
  }
}
