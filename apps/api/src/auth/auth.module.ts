import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard';
import { AccessGuard } from './access.guard';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import { SessionAuthenticator } from './session.authenticator';

/**
 * Authentication and rate limiting for every route. The guards run in the
 * order listed: the rate limit needs to know the caller the access guard found.
 */
@Global()
@Module({
  providers: [
    ApiKeyAuthenticator,
    SessionAuthenticator,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [ApiKeyAuthenticator, SessionAuthenticator],
})
export class AuthModule {}
