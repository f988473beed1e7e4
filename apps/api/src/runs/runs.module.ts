import { Module } from '@nestjs/common';
import { RunLauncher } from './run-launcher.service';
import { RunProgressReader } from './run-progress.reader';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

@Module({
  controllers: [RunsController],
  providers: [RunsService, RunProgressReader, RunLauncher],
  exports: [RunLauncher],
})
export class RunsModule {}
