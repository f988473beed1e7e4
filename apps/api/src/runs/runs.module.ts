import { Module } from '@nestjs/common';
import { RunInputReader } from './run-input.reader';
import { RunInteractionsService } from './run-interactions.service';
import { RunLauncher } from './run-launcher.service';
import { RunProgressReader } from './run-progress.reader';
import { RunResponseAwaiter } from './run-response.awaiter';
import { RunRestartsService } from './run-restarts.service';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

@Module({
  controllers: [RunsController],
  providers: [
    RunsService,
    RunProgressReader,
    RunInputReader,
    RunLauncher,
    RunInteractionsService,
    RunRestartsService,
    RunResponseAwaiter,
  ],
  exports: [RunLauncher, RunResponseAwaiter],
})
export class RunsModule {}
