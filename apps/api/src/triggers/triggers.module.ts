import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TriggerRuntime } from './trigger-runtime.service';
import { TriggersController } from './triggers.controller';
import { TriggersService } from './triggers.service';

@Module({
  imports: [AuditModule],
  controllers: [TriggersController],
  providers: [TriggersService, TriggerRuntime],
  exports: [TriggerRuntime],
})
export class TriggersModule {}
