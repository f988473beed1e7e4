import { createHttpClient, type ActionContext } from '@tributary/connector-sdk';
import type { ErpAuth } from './auth';
import { MaintenanceJob } from './maintenance-job.schemas';

/** What the ERP API offers the actions; the only place that knows its URLs. */
export interface ErpClient {
  getJob(jobNumber: string, options: { timeoutMs: number }): Promise<MaintenanceJob>;
  updateJob(
    jobNumber: string,
    change: { workOrderId: string; status?: 'open' | 'scheduled' },
    options: { timeoutMs: number },
  ): Promise<MaintenanceJob>;
  raiseJob(
    job: { asset: string; description: string; priority: 'High' | 'Medium' | 'Low'; dueDate: string; plant?: string },
    options: { timeoutMs: number },
  ): Promise<MaintenanceJob>;
}

/**
 * An ERP client for one action run. The key goes with every call, although
 * the ERP only checks it on writes.
 *
 * @example
 * const job = await createErpClient(ctx).getJob('MJ-100001', { timeoutMs: 30_000 });
 */
export function createErpClient(ctx: ActionContext<ErpAuth>): ErpClient {
  const http = createHttpClient({
    baseUrl: ctx.auth.baseUrl,
    headers: { 'x-api-key': ctx.auth.apiKey },
    secrets: [ctx.auth.apiKey],
    logger: ctx.logger,
    signal: ctx.signal,
    throttle: ctx.throttle,
  });
  const jobUrl = (jobNumber: string) => `api/jobs/${encodeURIComponent(jobNumber)}`;
  return {
    async getJob(jobNumber, { timeoutMs }) {
      const response = await http.request({
        method: 'GET',
        url: jobUrl(jobNumber),
        timeoutMs,
        responseSchema: MaintenanceJob,
      });
      return response.body;
    },
    async updateJob(jobNumber, change, { timeoutMs }) {
      const response = await http.request({
        method: 'PATCH',
        url: jobUrl(jobNumber),
        json: change,
        timeoutMs,
        responseSchema: MaintenanceJob,
      });
      return response.body;
    },
    async raiseJob(job, { timeoutMs }) {
      const response = await http.request({
        method: 'POST',
        url: 'api/jobs',
        json: job,
        timeoutMs,
        responseSchema: MaintenanceJob,
      });
      return response.body;
    },
  };
}
