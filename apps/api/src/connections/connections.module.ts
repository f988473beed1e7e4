import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { connectionSecretCipherProvider } from './connection-secret-cipher.provider';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';

@Module({
  imports: [AuditModule],
  controllers: [ConnectionsController],
  providers: [ConnectionsService, connectionSecretCipherProvider],
})
export class ConnectionsModule {}
