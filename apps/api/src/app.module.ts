import { Module, type DynamicModule } from '@nestjs/common';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ConnectionsModule } from './connections/connections.module';
import { ConnectorsModule } from './connectors/connectors.module';
import { DatabaseModule } from './database/database.module';
import { FlowsModule } from './flows/flows.module';
import { HealthModule } from './health/health.module';
import { HooksModule } from './hooks/hooks.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { MappingsModule } from './mappings/mappings.module';
import { OpenApiModule } from './openapi/openapi.module';
import { RunsModule } from './runs/runs.module';
import { SessionsModule } from './sessions/sessions.module';
import { TemporalModule } from './temporal/temporal.module';
import { TriggersModule } from './triggers/triggers.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        TemporalModule,
        AuthModule,
        IdempotencyModule,
        ApiKeysModule,
        SessionsModule,
        AuditModule,
        HealthModule,
        FlowsModule,
        ConnectionsModule,
        ConnectorsModule,
        MappingsModule,
        RunsModule,
        HooksModule,
        TriggersModule,
        OpenApiModule,
      ],
    };
  }
}
