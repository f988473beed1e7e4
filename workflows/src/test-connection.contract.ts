/**
 * The contract between the API's "Test connection" and the worker: the API
 * cannot run connector code, so it starts `testConnection` on the flows task
 * queue and a worker runs the connector's check in the `checkConnection`
 * activity. Pure types and constants: the workflow sandbox imports it too.
 */

export const TEST_CONNECTION_WORKFLOW = 'testConnection';

export interface CheckConnectionInput {
  /** connection name; its secrets are resolved inside the activity, never in history */
  connection: string;
}

/** What a check found; already free of secret values, since it is recorded in workflow history. */
export type ConnectionCheckResult =
  | {
      ok: true;
      checkedAt: string;
      durationMs: number;
      /** `connection`: the connector's own check reached the system; `schema`: it has none, only the settings were validated */
      verified: 'connection' | 'schema';
      message?: string;
    }
  | { ok: false; checkedAt: string; durationMs: number; error: { code: string; message: string } };

export interface ConnectionCheckActivities {
  checkConnection(input: CheckConnectionInput): Promise<ConnectionCheckResult>;
}

/** How long one check may take in the worker; the API waits a little longer for the whole workflow. */
export const CHECK_CONNECTION_TIMEOUT_SECONDS = 15;
