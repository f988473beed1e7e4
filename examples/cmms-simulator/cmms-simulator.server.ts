import { HttpProblem, parseOrProblem } from '../simulator-kit/http-problem';
import { readFormBody, readJsonBody, sendHtml, sendJson } from '../simulator-kit/http-exchange';
import { serveRoutes, type Route, type RouteHandler } from '../simulator-kit/route-table';
import { authenticateApiCall } from './api-credentials.guard';
import { renderCmmsHomePage } from './cmms-home.page';
import { FaultInjector, type SimulatedFault } from './fault-injector';
import { OAuthTokenError, OAuthTokenIssuer, type OAuthClient } from './oauth-token.issuer';
import { CreateWorkOrderRequest, ListWorkOrdersQuery, type WorkOrder } from './work-order.schemas';
import { IdempotencyKeyReusedError, WorkOrderStore } from './work-order.store';

export interface CmmsSimulatorOptions {
  /** 0 (the default) picks a free port */
  port?: number;
  host?: string;
  /** accepted as `X-API-Key` */
  apiKey: string;
  /** clients allowed to use the OAuth2 client-credentials grant at `POST /oauth/token` */
  oauthClients?: OAuthClient[];
  /** lifetime of issued access tokens; 3600 by default */
  tokenTtlSeconds?: number;
  /** one line per write request; never contains credentials */
  log?: (line: string) => void;
}

export interface CmmsSimulator {
  /** e.g. `http://127.0.0.1:4020` */
  url: string;
  workOrders(): WorkOrder[];
  /** the next `times` API calls answer `status` (with `Retry-After` when given); null clears it */
  setFault(fault: SimulatedFault | null): void;
  /**
   * Holds every work-order creation's response for `ms` after the order is
   * stored — a slow partner, so a test can kill a worker while a call is in flight.
   */
  setResponseDelay(ms: number): void;
  close(): Promise<void>;
}

const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/**
 * Starts "Acme CMMS": work orders over a JSON API guarded by an API key or
 * OAuth2 client credentials, with idempotent creation and injectable faults.
 *
 * @example
 * const cmms = await startCmmsSimulator({ apiKey: 'cmms-key' });
 * await fetch(`${cmms.url}/api/work-orders`, { method: 'POST',
 *   headers: { 'content-type': 'application/json', 'x-api-key': 'cmms-key', 'idempotency-key': 'MJ-100001' },
 *   body: JSON.stringify({ title: 'Seal leaks', assetTag: 'PUMP-07', priority: 1, dueAt: '2026-12-15T00:00:00Z' }) });
 */
export async function startCmmsSimulator(options: CmmsSimulatorOptions): Promise<CmmsSimulator> {
  if (!options.apiKey) throw new TypeError('startCmmsSimulator: apiKey must be a non-empty string');
  const log = options.log ?? (() => {});
  const store = new WorkOrderStore();
  const tokens = new OAuthTokenIssuer(options.oauthClients ?? [], options.tokenTtlSeconds ?? 3600);
  const faults = new FaultInjector();
  let responseDelayMs = 0;

  /** Every `/api/*` route: simulated faults first (as a gateway would), then authentication. */
  const api =
    (handle: RouteHandler): RouteHandler =>
    (ctx) => {
      faults.consume();
      authenticateApiCall(ctx.req, options.apiKey, tokens);
      return handle(ctx);
    };

  const routes: Route[] = [
    { method: 'GET', path: '/', handle: ({ res }) => sendHtml(res, renderCmmsHomePage(store.list())) },
    {
      method: 'POST',
      path: '/oauth/token',
      handle: async ({ req, res }) => {
        try {
          const response = tokens.issue(await readFormBody(req), req.headers.authorization);
          sendJson(res, 200, response, { 'cache-control': 'no-store', pragma: 'no-cache' });
        } catch (error) {
          if (!(error instanceof OAuthTokenError)) throw error;
          sendJson(
            res,
            error.status,
            { error: error.code, error_description: error.message },
            {
              'cache-control': 'no-store',
              ...(error.usedBasicAuth ? { 'www-authenticate': 'Basic realm="acme-cmms"' } : {}),
            },
          );
        }
      },
    },
    {
      method: 'POST',
      path: '/api/work-orders',
      handle: api(async ({ req, res }) => {
        const idempotencyKey = idempotencyKeyOf(req.headers['idempotency-key']);
        const request = parseOrProblem(CreateWorkOrderRequest, await readJsonBody(req), {
          status: 422,
          message: 'The work order is invalid',
        });
        try {
          const { workOrder, replayed } = store.create(request, idempotencyKey);
          if (responseDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, responseDelayMs));
          sendJson(res, 201, workOrder, {
            location: `/api/work-orders/${workOrder.id}`,
            ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
          });
        } catch (error) {
          if (error instanceof IdempotencyKeyReusedError) throw new HttpProblem(409, error.code, error.message);
          throw error;
        }
      }),
    },
    {
      method: 'GET',
      path: '/api/work-orders',
      handle: api(({ url, res }) => {
        const query = parseOrProblem(ListWorkOrdersQuery, Object.fromEntries(url.searchParams), {
          status: 400,
          message: 'The query is invalid',
        });
        sendJson(res, 200, store.page(query.page, query.pageSize, { externalRef: query.externalRef }));
      }),
    },
    {
      method: 'GET',
      path: '/api/work-orders/:id',
      handle: api(({ params, res }) => {
        const workOrder = store.find(params.id ?? '');
        if (!workOrder) throw new HttpProblem(404, 'work_order_not_found', `Work order ${params.id} does not exist`);
        sendJson(res, 200, workOrder);
      }),
    },
  ];

  const server = await serveRoutes(routes, { port: options.port, host: options.host, log });

  return {
    url: server.url,
    workOrders: () => store.list(),
    setFault: (fault) => faults.set(fault),
    setResponseDelay: (ms) => {
      responseDelayMs = Math.max(0, ms);
    },
    close: () => server.close(),
  };
}

function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new HttpProblem(
      400,
      'invalid_idempotency_key',
      `Idempotency-Key must be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    );
  }
  return key;
}
