import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FlowsModule } from '../flows/flows.module';
import { DraftTestRunsController } from './draft-test-runs.controller';
import { DraftTestRunsService } from './draft-test-runs.service';
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
import { StepTestController } from './step-test.controller';
import { StepTestService } from './step-test.service';

@Module({
  imports: [AuditModule, FlowsModule],
  controllers: [RunsController, FlowRunsController, DraftTestRunsController, StepTestController],
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
    DraftTestRunsService,
    StepTestService,
  ],
  exports: [RunLauncher, RunResponseAwaiter],
})
export class RunsModule {}
