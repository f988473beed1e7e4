import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListeningServer {
  /** base URL without trailing slash, e.g. `http://127.0.0.1:4010` */
  url: string;
  close(): Promise<void>;
}

/** Starts a node:http server; `port: 0` picks a free port. `close()` also drops keep-alive connections. */
export async function listenHttp(
  listener: RequestListener,
  options: { port: number; host: string },
): Promise<ListeningServer> {
  const server = createServer(listener);
  // Clients that keep connections alive (fetch does) must not hold close() hostage.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
