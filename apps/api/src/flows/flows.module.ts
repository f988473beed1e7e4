import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TriggersModule } from '../triggers/triggers.module';
import { FlowDeletionService } from './flow-deletion.service';
import { FlowExportService } from './flow-export.service';
import { FlowImportService } from './flow-import.service';
import { FlowPublisher } from './flow-publisher.service';
import { FlowValidationService } from './flow-validation.service';
import { FlowVersionsService } from './flow-versions.service';
import { FlowsController } from './flows.controller';
import { FlowsService } from './flows.service';

@Module({
  imports: [AuditModule, TriggersModule],
  controllers: [FlowsController],
  providers: [
    FlowsService,
    FlowPublisher,
    FlowVersionsService,
    FlowValidationService,
    FlowExportService,
    FlowImportService,
    FlowDeletionService,
  ],
  // draft test runs check connections the same way validation does
  exports: [FlowValidationService],
})
export class FlowsModule {}
