import type { Response } from 'express';
import type { WebhookReply } from './hooks.service';

// Framing is the server's business, not the flow's.
const HOP_BY_HOP = new Set(['connection', 'content-length', 'keep-alive', 'transfer-encoding', 'upgrade', 'te']);

/**
 * Writes a webhook reply. A flow's `respond` step chooses status, headers and
 * body: a string body without a content type goes out as text/plain, any
 * other body as JSON unless the step declared a content type.
 */
export function writeWebhookReply(response: Response, reply: WebhookReply): void {
  if (reply.kind === 'run') {
    response.status(reply.status).setHeader('Location', reply.body.links.self);
    response.json(reply.body);
    return;
  }
  response.status(reply.status);
  let contentType: string | undefined;
  for (const [name, value] of Object.entries(reply.headers)) {
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower)) continue;
    if (lower === 'content-type') contentType = value;
    response.setHeader(name, value);
  }
  if (reply.body === undefined || reply.body === null) {
    if (contentType === undefined) {
      response.end();
      return;
    }
    response.send('');
    return;
  }
  if (typeof reply.body === 'string') {
    if (contentType === undefined) response.type('text/plain');
    response.send(reply.body);
    return;
  }
  if (contentType === undefined) response.type('application/json');
  response.send(JSON.stringify(reply.body));
}
