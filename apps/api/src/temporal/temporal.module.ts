import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { createClaimCheckCodec, PostgresPayloadStore, type PrismaClient } from '@tributary/db';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';

export const TEMPORAL_CONNECTION = Symbol('TemporalConnection');

/** Longer than the client's longest gRPC retry backoff (5 s plus jitter). */
const RETRY_DRAIN_MS = 7_000;
export const TEMPORAL_CLIENT = Symbol('TemporalClient');

/**
 * The Temporal connection is lazy so the API starts (and `/ready` can say what
 * is down) while the Temporal server is still coming up; gRPC reconnects on
 * its own once it is there. The client keeps big payloads in Postgres with the
 * same claim-check codec as the worker, so both read each other's references.
 */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Connection => Connection.lazy({ address: config.temporal.address }),
    },
    {
      provide: TEMPORAL_CLIENT,
      inject: [APP_CONFIG, TEMPORAL_CONNECTION, PRISMA],
      useFactory: (config: AppConfig, connection: Connection, prisma: PrismaClient): Client =>
        new Client({
          connection,
          namespace: config.temporal.namespace,
          dataConverter: {
            payloadCodecs: [
              createClaimCheckCodec({
                store: new PostgresPayloadStore(prisma),
                thresholdBytes: config.temporal.payloadClaimCheckThresholdBytes,
              }),
            ],
          },
        }),
    },
  ],
  exports: [TEMPORAL_CONNECTION, TEMPORAL_CLIENT],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  onApplicationShutdown(): void {
    // The client's gRPC retry interceptor may still hold a retry timer for a call
    // that already gave up (its deadline passed while Temporal was unreachable);
    // when it fires on a closed channel it throws where nobody can catch it. So
    // the channel closes once such timers are spent. unref: it never delays exit.
    setTimeout(() => void this.connection.close().catch(() => undefined), RETRY_DRAIN_MS).unref();
  }
}
