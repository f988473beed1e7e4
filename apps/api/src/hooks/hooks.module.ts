import { Module } from '@nestjs/common';
import { connectionSecretCipherProvider } from '../connections/connection-secret-cipher.provider';
import { RunsModule } from '../runs/runs.module';
import { HooksController } from './hooks.controller';
import { HooksService } from './hooks.service';
import { WebhookAuthenticator } from './webhook-authenticator';

@Module({
  imports: [RunsModule],
  controllers: [HooksController],
  providers: [HooksService, WebhookAuthenticator, connectionSecretCipherProvider],
})
export class HooksModule {}
