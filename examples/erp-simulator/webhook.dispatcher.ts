import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** One HTTP attempt to deliver one webhook event; tests and the demo log read these. */
export interface WebhookDeliveryAttempt {
  /** stays the same across the retries of one event (sent as `X-Acme-Delivery`) */
  deliveryId: string;
  event: string;
  jobNumber: string;
  url: string;
  /** 1 for the first try */
  attempt: number;
  startedAt: string;
  durationMs: number;
  /** HTTP status of the receiver's answer, null when none arrived */
  statusCode: number | null;
  /** network error or timeout, null when the receiver answered */
  error: string | null;
  outcome: 'delivered' | 'will_retry' | 'failed';
}

export interface WebhookRetryPolicy {
  /** waits before the 2nd, 3rd, … attempt; its length + 1 is the number of attempts */
  delaysMs: number[];
  /** limit for one attempt */
  timeoutMs: number;
}

export const defaultWebhookRetryPolicy: WebhookRetryPolicy = { delaysMs: [500, 2_000, 5_000], timeoutMs: 5_000 };

/**
 * Delivers webhook events in the background the way SaaS ERPs do: retries on
 * network errors, timeouts, 429 and 5xx with growing delays, gives up on other 4xx.
 */
export class WebhookDispatcher {
  private readonly attempts: WebhookDeliveryAttempt[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();

  constructor(
    private readonly policy: WebhookRetryPolicy,
    private readonly onAttempt: (attempt: WebhookDeliveryAttempt) => void = () => {},
  ) {}

  /** Starts delivering and returns at once; the caller's response is never held up. */
  dispatch(url: string, event: string, jobNumber: string, payload: unknown): void {
    if (this.shutdown.signal.aborted) return;
    const delivery = this.deliver({ url, event, jobNumber, deliveryId: randomUUID() }, JSON.stringify(payload)).catch(
      (error: unknown) => console.error('erp-simulator: webhook delivery crashed', error),
    );
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  deliveries(): WebhookDeliveryAttempt[] {
    return this.attempts.map((attempt) => ({ ...attempt }));
  }

  /** Abandons pending retries and waits for attempts in progress to stop. */
  async close(): Promise<void> {
    this.shutdown.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(
    target: Pick<WebhookDeliveryAttempt, 'url' | 'event' | 'jobNumber' | 'deliveryId'>,
    body: string,
  ): Promise<void> {
    const maxAttempts = this.policy.delaysMs.length + 1;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (this.shutdown.signal.aborted) return;
      const result = await this.attemptOnce(target, body, attempt);
      const retryable = result.statusCode === null || result.statusCode === 429 || result.statusCode >= 500;
      const delivered = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
      const canRetry = retryable && attempt < maxAttempts && !this.shutdown.signal.aborted;
      const outcome = delivered ? 'delivered' : canRetry ? 'will_retry' : 'failed';
      const record: WebhookDeliveryAttempt = { ...target, attempt, ...result, outcome };
      this.attempts.push(record);
      this.onAttempt({ ...record });
      if (outcome !== 'will_retry') return;
      try {
        await sleep(this.policy.delaysMs[attempt - 1] ?? 0, undefined, { signal: this.shutdown.signal });
      } catch {
        return; // closed while waiting
      }
    }
  }

  private async attemptOnce(
    target: Pick<WebhookDeliveryAttempt, 'url' | 'event' | 'deliveryId'>,
    body: string,
    attempt: number,
  ): Promise<Pick<WebhookDeliveryAttempt, 'startedAt' | 'durationMs' | 'statusCode' | 'error'>> {
    const startedAt = new Date();
    const finish = (statusCode: number | null, error: string | null) => ({
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      statusCode,
      error,
    });
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'AcmeERP-Webhooks/1.0',
          'x-acme-event': target.event,
          'x-acme-delivery': target.deliveryId,
          'x-acme-delivery-attempt': String(attempt),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.any([this.shutdown.signal, AbortSignal.timeout(this.policy.timeoutMs)]),
      });
      await response.body?.cancel();
      return finish(response.status, null);
    } catch (error) {
      return finish(null, describeNetworkError(error));
    }
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return error.name === 'TimeoutError' ? 'timed out' : 'aborted';
  }
  // fetch wraps the socket error (ECONNREFUSED, ENOTFOUND, …) in `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
