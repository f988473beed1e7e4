import { NativeConnection, Worker } from '@temporalio/worker';
import { syncWorkerActivities } from './sync-worker-activities';

/**
 * A flow worker in a process of its own, so a test can crash it for real
 * (SIGKILL): no graceful shutdown, no last heartbeat flush, no failure
 * reported — Temporal only notices when the heartbeat timeout expires.
 *
 * Usage: node --import tsx sync-worker.process.ts '{"address":…,"namespace":…,"taskQueue":…,"bundlePath":…}'
 * Prints "ready" once polling.
 */

interface SyncWorkerProcessOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  /** a workflow bundle written by the test, so this process does not bundle again */
  bundlePath: string;
}

const options = JSON.parse(process.argv[2] ?? '') as SyncWorkerProcessOptions;
const connection = await NativeConnection.connect({ address: options.address });
const worker = await Worker.create({
  connection,
  namespace: options.namespace,
  taskQueue: options.taskQueue,
  workflowBundle: { codePath: options.bundlePath },
  activities: syncWorkerActivities(),
  // Workflow tasks after the crash would otherwise wait out the default 10 s on this dead worker's sticky queue.
  stickyQueueScheduleToStartTimeout: '1 second',
});
process.stdout.write('ready\n');
await worker.run();
