import { listenHttp, type ListeningServer } from './http-listener';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HttpProblem } from './http-problem';
import { sendProblem } from './http-exchange';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** values of `:name` segments, already URI-decoded */
  params: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => void | Promise<void>;

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** e.g. `/api/jobs/:jobNumber` */
  path: string;
  handle: RouteHandler;
}

export interface RequestLog {
  method: string;
  path: string;
  status: number;
}

/**
 * Turns a route table into a request listener: 404/405 as JSON, HttpProblem
 * rendered as the product's error shape, anything else a 500 without details.
 */
export function createRouteListener(routes: Route[], onRequest?: (entry: RequestLog) => void): RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    if (onRequest) {
      res.on('finish', () => onRequest({ method: req.method ?? 'GET', path: url.pathname, status: res.statusCode }));
    }
    void dispatch(routes, { req, res, url }).catch((error: unknown) => {
      if (error instanceof HttpProblem) {
        // Answering before the body was read: drain it so the connection stays usable.
        req.resume();
        if (!res.headersSent) sendProblem(res, error);
        else res.destroy();
        return;
      }
      console.error(`simulator: unhandled error on ${req.method} ${url.pathname}`, error);
      if (!res.headersSent) sendProblem(res, new HttpProblem(500, 'internal_error', 'Internal server error'));
      else res.destroy();
    });
  };
}

async function dispatch(routes: Route[], exchange: Omit<RouteContext, 'params'>): Promise<void> {
  const method = exchange.req.method === 'HEAD' ? 'GET' : exchange.req.method;
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, exchange.url.pathname);
    if (!params) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    await route.handle({ ...exchange, params });
    return;
  }
  if (allowed.length > 0) {
    throw new HttpProblem(
      405,
      'method_not_allowed',
      `${method} is not allowed on ${exchange.url.pathname}`,
      undefined,
      {
        allow: allowed.join(', '),
      },
    );
  }
  throw new HttpProblem(404, 'not_found', `No route for ${method} ${exchange.url.pathname}`);
}

function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const expected = pattern.split('/');
  const actual = (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname).split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) {
      if (value === '') return undefined;
      params[segment.slice(1)] = decodeSegment(value);
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new HttpProblem(400, 'invalid_path', 'Path contains malformed percent-encoding');
  }
}

/**
 * Serves a route table, logging the writes (the calls a demo wants to see)
 * through `log`; reads are many and quiet (the bundled pages poll).
 */
export function serveRoutes(
  routes: Route[],
  options: { port?: number; host?: string; log: (line: string) => void },
): Promise<ListeningServer> {
  return listenHttp(
    createRouteListener(routes, ({ method, path, status }) => {
      if (method !== 'GET' && method !== 'HEAD') options.log(`${method} ${path} → ${status}`);
    }),
    { port: options.port ?? 0, host: options.host ?? '127.0.0.1' },
  );
}
