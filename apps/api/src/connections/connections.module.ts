import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { connectionSecretCipherProvider } from './connection-secret-cipher.provider';
import { ConnectionOAuth2Service } from './connection-oauth2.service';
import { ConnectionTestService } from './connection-test.service';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { OAuth2CallbackController } from './oauth2-callback.controller';

@Module({
  imports: [AuditModule],
  controllers: [ConnectionsController, OAuth2CallbackController],
  providers: [ConnectionsService, ConnectionTestService, ConnectionOAuth2Service, connectionSecretCipherProvider],
})
export class ConnectionsModule {}
