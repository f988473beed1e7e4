import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/route-access.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { ConnectionOAuth2Service } from './connection-oauth2.service';
import { OAuth2CallbackQuery } from './connections.schemas';

/**
 * Where OAuth2 providers send the user's browser back. Public: the browser
 * carries no API key, and the single-use `state` is what ties the request to
 * the authorization a caller with `connections:write` started.
 */
@Controller('v1/oauth2')
export class OAuth2CallbackController {
  constructor(
    @Inject(ConnectionOAuth2Service) private readonly oauth2: ConnectionOAuth2Service,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** On success, 303 to the connection's page in the web app, which shows `?oauth=connected`; errors are problem documents. */
  @Get('callback')
  @Public()
  async callback(
    @Query(new ZodValidationPipe(OAuth2CallbackQuery)) query: OAuth2CallbackQuery,
    @Res() response: Response,
  ): Promise<void> {
    const { connectionId } = await this.oauth2.complete(query);
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, `${this.config.publicUrl}/connections/${encodeURIComponent(connectionId)}?oauth=connected`);
  }
}
