import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { PrismaClient } from '@tributary/db';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { ApiProblem } from '../problem/api-problem';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';
import { deadlineIn, isTemporalUnreachable } from '../temporal/temporal-errors';
import type { DependencyCheck, Readiness, ReadinessChecks } from './health.schemas';

const CHECK_TIMEOUT_MS = 2_000;

export class NotReadyError extends ApiProblem {
  constructor(checks: ReadinessChecks) {
    const down = Object.entries(checks)
      .filter(([, check]) => check.status === 'down')
      .map(([name]) => name);
    super({
      status: 503,
      code: 'not_ready',
      title: 'Service unavailable',
      detail: `Not ready: ${down.join(' and ')} ${down.length === 1 ? 'is' : 'are'} down.`,
      extensions: { checks },
    });
  }
}

/** Readiness = the database answers `select 1` and Temporal knows our namespace. */
@Injectable()
export class ReadinessService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<Readiness> {
    const [database, temporal] = await Promise.all([this.checkDatabase(), this.checkTemporal()]);
    const checks = { database, temporal };
    if (database.status === 'down' || temporal.status === 'down') throw new NotReadyError(checks);
    return { status: 'ready', checks };
  }

  private async checkDatabase(): Promise<DependencyCheck> {
    try {
      await withTimeout(this.prisma.$queryRaw`select 1`, CHECK_TIMEOUT_MS);
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', reason: error instanceof CheckTimeout ? 'timed out' : 'query failed' };
    }
  }

  private async checkTemporal(): Promise<DependencyCheck> {
    const namespace = this.config.temporal.namespace;
    try {
      await this.temporal.connection.withDeadline(deadlineIn(CHECK_TIMEOUT_MS), () =>
        this.temporal.workflowService.describeNamespace({ namespace }),
      );
      return { status: 'up' };
    } catch (error) {
      return {
        status: 'down',
        reason: isTemporalUnreachable(error) ? 'unreachable' : `namespace "${namespace}" is not available`,
      };
    }
  }
}

class CheckTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
