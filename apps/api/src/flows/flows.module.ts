import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FlowVersionsService } from './flow-versions.service';
import { FlowsController } from './flows.controller';
import { FlowsService } from './flows.service';

@Module({
  imports: [AuditModule],
  controllers: [FlowsController],
  providers: [FlowsService, FlowVersionsService],
})
export class FlowsModule {}
