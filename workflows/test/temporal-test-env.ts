import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { createClaimCheckCodec, createPrismaClient, PostgresPayloadStore, type PrismaClient } from '@tributary/db';
import { NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { inject } from 'vitest';
import type { FlowActivities } from '../src/run-flow.contract';
import { bundleFlowWorkflows } from '../../scripts/testing/flow-workflow-bundle';

/**
 * Connects to the real Temporal dev server the global setup started and runs
 * workers for the interpreter on a task queue private to each test. Client and
 * workers share the claim-check codec production uses, with its blobs in the
 * test run's database.
 */
export class TemporalTestEnv {
  private bundle?: WorkflowBundleWithSourceMap;

  private constructor(
    readonly client: Client,
    private readonly dataConverter: DataConverter,
    private readonly nativeConnection: NativeConnection,
    private readonly clientConnection: Connection,
    private readonly prisma: PrismaClient,
  ) {}

  static async connect(): Promise<TemporalTestEnv> {
    const address = inject('temporalAddress');
    const [clientConnection, nativeConnection] = await Promise.all([
      Connection.connect({ address }),
      NativeConnection.connect({ address }),
    ]);
    const prisma = createPrismaClient(inject('databaseUrl'));
    const dataConverter = { payloadCodecs: [createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) })] };
    return new TemporalTestEnv(
      new Client({ connection: clientConnection, namespace: inject('temporalNamespace'), dataConverter }),
      dataConverter,
      nativeConnection,
      clientConnection,
      prisma,
    );
  }

  async worker(
    activities: FlowActivities,
    taskQueue = `test-${randomUUID()}`,
  ): Promise<{ worker: Worker; taskQueue: string }> {
    this.bundle ??= await bundleFlowWorkflows();
    const worker = await Worker.create({
      connection: this.nativeConnection,
      namespace: inject('temporalNamespace'),
      taskQueue,
      workflowBundle: this.bundle,
      activities,
      dataConverter: this.dataConverter,
    });
    return { worker, taskQueue };
  }

  async close(): Promise<void> {
    await this.clientConnection.close();
    await this.nativeConnection.close();
    await this.prisma.$disconnect();
  }
}
