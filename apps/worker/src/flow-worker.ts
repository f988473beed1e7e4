import { createRequire } from 'node:module';
import type { PayloadCodec } from '@temporalio/common';
import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { FlowActivities, TriggerActivities } from '@tributary/workflows/run-flow.contract';
import type { ConnectionCheckActivities } from '@tributary/workflows/test-connection.contract';

const require = createRequire(import.meta.url);

export interface FlowWorkerOptions {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: FlowActivities;
  /** polling and subscription triggers; a worker without them runs flows only */
  triggerActivities?: TriggerActivities;
  /** "Test connection" (see createConnectionActivities); a worker without them cannot answer the API's checks */
  connectionActivities?: ConnectionCheckActivities;
  /** the claim-check codec; the API's client must use the same one (see createClaimCheckCodec) */
  payloadCodec: PayloadCodec;
  /** e.g. a prebuilt bundle in tests, or shutdown grace in production */
  overrides?: Partial<WorkerOptions>;
}

/** A Temporal worker that runs the flow interpreter and Tributary's activities. */
export async function createFlowWorker(options: FlowWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    // a prebuilt bundle (tests, several workers in one process) replaces bundling at start
    ...(options.overrides?.workflowBundle ? {} : { workflowsPath: require.resolve('@tributary/workflows') }),
    activities: { ...options.activities, ...options.triggerActivities, ...options.connectionActivities },
    dataConverter: { payloadCodecs: [options.payloadCodec] },
    shutdownGraceTime: '10 seconds',
    ...options.overrides,
  });
}
