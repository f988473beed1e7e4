import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FlowRunsController } from './flow-runs.controller';
import { ManualRunsService } from './manual-runs.service';
import { RunInputReader } from './run-input.reader';
import { RunInteractionsService } from './run-interactions.service';
import { RunLauncher } from './run-launcher.service';
import { RunProgressReader } from './run-progress.reader';
import { RunProgressStream } from './run-progress.stream';
import { RunVisibilityLister } from './run-visibility.lister';
import { RunResponseAwaiter } from './run-response.awaiter';
import { RunRestartsService } from './run-restarts.service';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';

@Module({
  imports: [AuditModule],
  controllers: [RunsController, FlowRunsController],
  providers: [
    RunsService,
    RunProgressReader,
    RunVisibilityLister,
    RunProgressStream,
    RunInputReader,
    RunLauncher,
    RunInteractionsService,
    RunRestartsService,
    RunResponseAwaiter,
    ManualRunsService,
  ],
  exports: [RunLauncher, RunResponseAwaiter],
})
export class RunsModule {}
