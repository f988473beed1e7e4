import {
  createHttpClient,
  HttpError,
  oauth2ClientCredentials,
  paginateByPage,
  type ActionContext,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  type NumberedPage,
  type OAuth2ClientCredentials,
} from '@tributary/connector-sdk';
import type { z } from 'zod';
import type { CmmsAuth } from './auth';
import { WorkOrder, WorkOrderPage, type NewWorkOrder } from './work-order.schemas';

/** What the CMMS API offers the actions; the only place that knows its URLs. */
export interface CmmsClient {
  /** `replayed`: the CMMS had seen the idempotency key and returned the work order created then */
  createWorkOrder(
    order: NewWorkOrder,
    options: { idempotencyKey: string; timeoutMs: number },
  ): Promise<{ workOrder: WorkOrder; replayed: boolean }>;
  getWorkOrder(id: string, options: { timeoutMs: number }): Promise<WorkOrder>;
  /** pages oldest first; positions are page numbers, so `resumeFrom` takes a `page.next` */
  workOrderPages(options: {
    pageSize: number;
    externalRef?: string;
    timeoutMs: number;
    resumeFrom: unknown;
  }): AsyncGenerator<NumberedPage<WorkOrderPage>, void, undefined>;
}

/**
 * A CMMS client for one action run, authenticated with the connection's API
 * key or with an OAuth2 bearer token (renewed once when the API answers 401).
 *
 * @example
 * const { workOrder } = await createCmmsClient(ctx).createWorkOrder(order, { idempotencyKey: ctx.idempotencyKey, timeoutMs: 30_000 });
 */
export function createCmmsClient(ctx: ActionContext<CmmsAuth>): CmmsClient {
  const http = authenticatedHttpClient(ctx);
  return {
    async createWorkOrder(order, { idempotencyKey, timeoutMs }) {
      const response = await http.request({
        method: 'POST',
        url: 'api/work-orders',
        json: order,
        headers: { 'idempotency-key': idempotencyKey },
        timeoutMs,
        responseSchema: WorkOrder,
      });
      return { workOrder: response.body, replayed: response.headers['idempotent-replayed'] === 'true' };
    },
    async getWorkOrder(id, { timeoutMs }) {
      const response = await http.request({
        method: 'GET',
        url: `api/work-orders/${encodeURIComponent(id)}`,
        timeoutMs,
        responseSchema: WorkOrder,
      });
      return response.body;
    },
    workOrderPages({ pageSize, externalRef, timeoutMs, resumeFrom }) {
      return paginateByPage(http, {
        request: {
          method: 'GET',
          url: 'api/work-orders',
          query: { externalRef },
          timeoutMs,
          responseSchema: WorkOrderPage,
        },
        items: (page) => page.data,
        pageSize,
        pageSizeParam: 'pageSize',
        hasMore: (page) => page.nextPage !== null,
        resumeFrom,
      });
    },
  };
}

function authenticatedHttpClient(ctx: ActionContext<CmmsAuth>): HttpClient {
  const common: HttpClientOptions = {
    baseUrl: ctx.auth.baseUrl,
    logger: ctx.logger,
    signal: ctx.signal,
    throttle: ctx.throttle,
  };
  if (ctx.auth.type === 'apiKey') {
    return createHttpClient({ ...common, headers: { 'x-api-key': ctx.auth.apiKey }, secrets: [ctx.auth.apiKey] });
  }
  const { baseUrl, tokenUrl, clientId, clientSecret, scope } = ctx.auth;
  const oauth = oauth2ClientCredentials({
    tokenUrl: tokenUrl ?? new URL('oauth/token', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href,
    clientId,
    clientSecret,
    scope,
  });
  return new BearerTokenHttpClient(oauth, common, clientSecret, ctx.signal);
}

/**
 * Sends each request with the current OAuth2 token. A 401 means the CMMS no
 * longer accepts the token (expired early, revoked, CMMS restarted): fetch a new
 * one and repeat the request once; a second 401 is the caller's to see.
 */
class BearerTokenHttpClient implements HttpClient {
  private current: { token: string; client: HttpClient } | undefined;

  constructor(
    private readonly oauth: OAuth2ClientCredentials,
    private readonly options: HttpClientOptions,
    private readonly clientSecret: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  request<TSchema extends z.ZodType>(
    request: HttpRequest & { responseSchema: TSchema },
  ): Promise<HttpResponse<z.output<TSchema>>>;
  request(request: HttpRequest): Promise<HttpResponse>;
  async request(request: HttpRequest): Promise<HttpResponse> {
    const first = await this.clientForToken();
    try {
      return await first.client.request(request);
    } catch (error) {
      if (!(error instanceof HttpError && error.status === 401)) throw error;
      this.oauth.invalidate(first.token);
      const second = await this.clientForToken();
      return second.client.request(request);
    }
  }

  private async clientForToken(): Promise<{ token: string; client: HttpClient }> {
    const token = await this.oauth.accessToken(this.signal);
    if (this.current?.token !== token) {
      this.current = {
        token,
        client: createHttpClient({
          ...this.options,
          headers: { authorization: `Bearer ${token}` },
          secrets: [this.clientSecret, token],
        }),
      };
    }
    return this.current;
  }
}
