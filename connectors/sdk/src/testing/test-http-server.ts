import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';

/** A request as the test server received it, body fully read. */
export interface ReceivedRequest {
  method: string;
  /** path and query, e.g. `/items?page=2` */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

export type TestRequestHandler = (request: ReceivedRequest, response: ServerResponse, index: number) => unknown;

export interface TestHttpServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** every request received so far, in order */
  requests: ReceivedRequest[];
  /** stops listening and drops open connections (so a later call gets ECONNREFUSED) */
  close(): Promise<void>;
}

/**
 * Starts a real HTTP server on a free loopback port for connector tests. The
 * handler gets each request with its body already read and its position
 * (0-based), which makes "fail twice, then succeed" scripts one line.
 *
 * @example
 * const server = await startTestHttpServer((req, res, index) => {
 *   if (index === 0) return void res.writeHead(503).end();
 *   res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
 * });
 */
export async function startTestHttpServer(handler: TestRequestHandler): Promise<TestHttpServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
      };
      const index = requests.push(received) - 1;
      Promise.resolve(handler(received, res, index)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`test handler failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('test server is not listening on a TCP port');
  const { port } = address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Writes a JSON response. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
