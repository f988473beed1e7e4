/** Reads runs through the public API the way an operator's script would. */

/** Where the API is and the API key to send (`runs:read` at least). */
export interface ApiEndpoint {
  url: string;
  key: string;
}

function getRuns(api: ApiEndpoint, path: string): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${api.key}` } });
}

export interface RunView {
  id: string;
  status: string;
  workflowId: string;
  flow: { id: string; slug: string; version: number };
  steps: Array<{
    id: string;
    kind: string;
    status: string;
    attempts: number;
    output?: unknown;
    error?: { code: string; message: string };
  }>;
  error?: { code: string; message: string };
}

/** Waits for the webhook's run to appear: the ERP calls the webhook asynchronously. */
export async function waitForNewRun(api: ApiEndpoint, flowSlug: string, knownRunIds: Set<string>): Promise<string> {
  return poll(`a new run of ${flowSlug}`, 30_000, async () => {
    const response = await getRuns(api, `/v1/runs?flow=${flowSlug}&limit=100`);
    const list = (await response.json()) as { data: Array<{ id: string }> };
    return list.data.map((run) => run.id).find((id) => !knownRunIds.has(id));
  });
}

export async function listRunIds(api: ApiEndpoint, flowSlug: string): Promise<Set<string>> {
  const response = await getRuns(api, `/v1/runs?flow=${flowSlug}&limit=100`);
  const list = (await response.json()) as { data: Array<{ id: string }> };
  return new Set(list.data.map((run) => run.id));
}

export async function waitForRunToClose(api: ApiEndpoint, runId: string, timeoutMs = 60_000): Promise<RunView> {
  return poll(`run ${runId} to finish`, timeoutMs, async () => {
    const response = await getRuns(api, `/v1/runs/${runId}`);
    if (!response.ok) return undefined;
    const run = (await response.json()) as RunView;
    return run.status === 'running' ? undefined : run;
  });
}

export async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
