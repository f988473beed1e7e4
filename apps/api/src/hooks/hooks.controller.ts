import { Body, Controller, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { HooksService } from './hooks.service';
import { WebhookQuery } from './hooks.schemas';
import { buildWebhookPayload } from './webhook-payload';
import { writeWebhookReply } from './webhook-reply';
import { Public } from '../auth/route-access.decorator';
import { RateLimitBy } from '../rate-limit/rate-limit.decorator';

@Controller('hooks')
export class HooksController {
  constructor(@Inject(HooksService) private readonly hooks: HooksService) {}

  /**
   * `*path` matches the rest of the URL, slashes included (Express 5 gives
   * the segments). The reply is written by hand: its status and content type
   * are the flow's to choose when the call is synchronous.
   */
  @Post('*path')
  // webhooks authenticate per trigger (signatures), not with API keys
  @Public()
  @RateLimitBy('webhook-path')
  async receive(
    @Param('path') segments: string[] | string,
    @Query(new ZodValidationPipe(WebhookQuery.loose())) query: { sync?: string },
    @Body() body: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const path = Array.isArray(segments) ? segments.join('/') : segments;
    // `sync` is an instruction to us, not data for the run.
    const { sync: _sync, ...runQuery } = request.query;
    const reply = await this.hooks.receive(
      path,
      buildWebhookPayload({ body, query: runQuery, headers: request.headers }),
      {
        sync: query.sync === '1' || query.sync === 'true',
        // rawBody: kept by the body parsers (NestFactory `rawBody`) for signature checks
        inbound: {
          headers: request.headers,
          rawBody: (request as Request & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0),
        },
      },
    );
    writeWebhookReply(response, reply);
  }
}
