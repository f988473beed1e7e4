import type { Response } from 'express';
import type { ServerSentEventSink } from './run-progress.stream';

/**
 * Turns an Express response into a Server-Sent Events stream: sends the
 * headers at once (so the client knows the stream is open before the first
 * event) and writes events in the text/event-stream format. Writes after the
 * client left are dropped rather than raising on a destroyed socket.
 */
export function openEventStream(response: Response): ServerSentEventSink {
  response.status(200);
  response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  response.setHeader('Cache-Control', 'no-cache, no-transform');
  response.setHeader('Connection', 'keep-alive');
  // nginx and similar proxies would otherwise buffer the stream
  response.setHeader('X-Accel-Buffering', 'no');
  response.flushHeaders();
  const write = (text: string) => {
    if (!response.destroyed && !response.writableEnded) response.write(text);
  };
  return {
    event: (name, id, data) => write(`id: ${id}\nevent: ${name}\ndata: ${JSON.stringify(data)}\n\n`),
    comment: (text) => write(`: ${text.replace(/\n/g, ' ')}\n\n`),
    retry: (ms) => write(`retry: ${ms}\n\n`),
    end: () => {
      if (!response.writableEnded) response.end();
    },
  };
}
