import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MappingPreviewService } from './mapping-preview.service';
import { MappingsController } from './mappings.controller';
import { MappingsService } from './mappings.service';

@Module({
  imports: [AuditModule],
  controllers: [MappingsController],
  providers: [MappingsService, MappingPreviewService],
})
export class MappingsModule {}
