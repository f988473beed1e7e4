import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Public, RequireAuthentication } from '../auth/route-access.decorator';
import { clearSessionCookie, writeSessionCookie } from '../auth/session-cookie';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RateLimitBy } from '../rate-limit/rate-limit.decorator';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { NoSessionError } from './sessions.errors';
import { SessionsService, type StartedSession } from './sessions.service';
import { SessionCreateRequest, SetupRequest, type SessionResource, type SetupStatus } from './sessions.schemas';

@Controller('v1')
export class SessionsController {
  constructor(
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Public so the web app knows, before anyone can sign in, whether to offer first-run setup. */
  @Get('setup')
  @Public()
  @RateLimitBy('client-address')
  async setupStatus(): Promise<SetupStatus> {
    return { required: await this.sessions.setupRequired() };
  }

  @Post('setup')
  @Public()
  @RateLimitBy('client-address')
  async setup(
    @Body(new ZodValidationPipe(SetupRequest)) body: SetupRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResource> {
    return this.withCookie(response, await this.sessions.setup(body));
  }

  @Post('sessions')
  @Public()
  @RateLimitBy('client-address')
  async login(
    @Body(new ZodValidationPipe(SessionCreateRequest)) body: SessionCreateRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResource> {
    return this.withCookie(response, await this.sessions.login(body));
  }

  @Get('sessions/current')
  @RequireAuthentication()
  current(@CurrentPrincipal() caller: Principal): Promise<SessionResource> {
    if (caller.kind !== 'user') throw new NoSessionError();
    return this.sessions.current(caller.sessionId);
  }

  @Delete('sessions/current')
  @RequireAuthentication()
  @HttpCode(204)
  async logout(@CurrentPrincipal() caller: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (caller.kind !== 'user') throw new NoSessionError();
    await this.sessions.logout(caller.sessionId);
    clearSessionCookie(response, this.secureCookies());
  }

  private withCookie(response: Response, started: StartedSession): SessionResource {
    writeSessionCookie(response, started.token, started.expiresAt, this.secureCookies());
    return started.session;
  }

  private secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https://');
  }
}
