import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { WorkflowFailedError, type Client, type WorkflowHandle } from '@temporalio/client';
import { type PrismaClient, isResourceId } from '@tributary/db';
import {
  TEST_CONNECTION_WORKFLOW,
  type CheckConnectionInput,
  type ConnectionCheckResult,
} from '@tributary/workflows/test-connection.contract';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError } from '../problem/api-problem';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { isTemporalUnreachable, TemporalUnavailableError } from '../temporal/temporal-errors';
import { ConnectionTestTimeoutError } from './connections.errors';
import type { ConnectionTestResult } from './connections.schemas';

/**
 * "Test connection". Connector code runs only in workers, so the API starts
 * the short `testConnection` workflow on the flows task queue and waits for
 * its verdict; the worker resolves the secrets itself, so they never enter
 * workflow history. No worker within the timeout → 504, and the workflow is
 * terminated so a worker that comes up later does not run a stale check.
 */
@Injectable()
export class ConnectionTestService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async test(idOrName: string): Promise<ConnectionTestResult> {
    const connection = await this.prisma.connection.findUnique({
      where: isResourceId('connection', idOrName) ? { id: idOrName } : { name: idOrName },
      select: { id: true, name: true },
    });
    if (!connection) throw new ResourceNotFoundError('connection', idOrName);

    const timeoutMs = this.config.connections.testTimeoutMs;
    const { taskQueue } = this.config.temporal;
    let handle: WorkflowHandle;
    try {
      handle = await this.temporal.workflow.start(TEST_CONNECTION_WORKFLOW, {
        taskQueue,
        workflowId: `connection-test-${connection.id}-${randomUUID()}`,
        args: [{ connection: connection.name } satisfies CheckConnectionInput],
        // Temporal's own backstop, should this process die while waiting.
        workflowExecutionTimeout: timeoutMs + 10_000,
      });
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      throw error;
    }

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const outcome = await Promise.race([handle.result() as Promise<ConnectionCheckResult>, timedOut]);
      if (outcome === 'timeout') {
        await handle.terminate('no worker answered the connection test in time').catch(() => undefined);
        throw new ConnectionTestTimeoutError(timeoutMs, taskQueue);
      }
      return outcome;
    } catch (error) {
      if (isTemporalUnreachable(error)) throw new TemporalUnavailableError();
      // The activity reports every failed check as data; a failed workflow means the worker itself did not
      // finish (it died, or the check overran its own timeout): to the caller, no answer in time.
      if (error instanceof WorkflowFailedError) throw new ConnectionTestTimeoutError(timeoutMs, taskQueue);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
