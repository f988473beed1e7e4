import { Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditLogService } from './audit-log.service';

@Module({
  controllers: [AuditEventsController],
  providers: [AuditLogService, AuditEventsService],
  exports: [AuditLogService],
})
export class AuditModule {}
