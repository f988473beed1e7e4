import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HooksService } from './hooks.service';
import type { WebhookAccepted } from './hooks.schemas';
import { buildWebhookPayload } from './webhook-payload';

@Controller('hooks')
export class HooksController {
  constructor(@Inject(HooksService) private readonly hooks: HooksService) {}

  /** `*path` matches the rest of the URL, slashes included (Express 5 gives the segments). */
  @Post('*path')
  @HttpCode(202)
  async receive(
    @Param('path') segments: string[] | string,
    @Body() body: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebhookAccepted> {
    const path = Array.isArray(segments) ? segments.join('/') : segments;
    const accepted = await this.hooks.receive(
      path,
      buildWebhookPayload({ body, query: request.query, headers: request.headers }),
    );
    response.setHeader('Location', accepted.links.self);
    return accepted;
  }
}
