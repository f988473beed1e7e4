import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { HooksController } from './hooks.controller';
import { HooksService } from './hooks.service';

@Module({
  imports: [RunsModule],
  controllers: [HooksController],
  providers: [HooksService],
})
export class HooksModule {}
