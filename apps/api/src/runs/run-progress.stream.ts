import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApiProblem } from '../problem/api-problem';
import { RunsService } from './runs.service';
import type { RunResource } from './runs.schemas';

const POLL_INTERVAL_MS = 500;
const HEARTBEAT_INTERVAL_MS = 15_000;
/** What an EventSource waits before reconnecting after the stream drops. */
const RECONNECT_DELAY_MS = 2_000;

/** Where a stream writes; the controller binds it to the HTTP response. */
export interface ServerSentEventSink {
  /** one event: `event:`, `id:` and the JSON `data:` */
  event(name: 'progress' | 'finished', id: number, data: unknown): void;
  /** a comment line, ignored by clients; keeps proxies from timing the stream out */
  comment(text: string): void;
  retry(ms: number): void;
  end(): void;
}

export interface RunProgressEvent {
  status: RunResource['status'];
  steps: RunResource['steps'];
  error?: RunResource['error'];
  compensations?: RunResource['compensations'];
}

/**
 * `GET /v1/runs/:id/events`: follows one run by reading it from Temporal
 * (the `progress` query) every 500 ms and sends its step timeline whenever
 * it changed, then a `finished` event once the run has closed. Reconnecting
 * clients get the current state at once, whatever `Last-Event-ID` they send;
 * ids only keep counting up from it.
 */
@Injectable()
export class RunProgressStream {
  private readonly logger = new Logger(RunProgressStream.name);
  private open = 0;

  constructor(@Inject(RunsService) private readonly runs: RunsService) {}

  /** Streams being served right now; each one polls Temporal until its client leaves or the run ends. */
  get openStreams(): number {
    return this.open;
  }

  /** Reads the run once before anything is written, so an unknown run is still a plain 404 problem. */
  async first(runId: string): Promise<RunResource> {
    return this.runs.get(runId);
  }

  /** Serves the stream until the run closes or `stop` aborts (the client went away). */
  async follow(
    initial: RunResource,
    sink: ServerSentEventSink,
    stop: AbortSignal,
    lastEventId: string | undefined,
  ): Promise<void> {
    this.open += 1;
    const heartbeat = setInterval(() => sink.comment('heartbeat'), HEARTBEAT_INTERVAL_MS);
    let counter = resumedCounter(lastEventId);
    let last: string | undefined;
    try {
      sink.retry(RECONNECT_DELAY_MS);
      let run: RunResource | undefined = initial;
      while (!stop.aborted) {
        if (run) {
          const progress = progressOf(run);
          const serialized = JSON.stringify(progress);
          if (serialized !== last) {
            last = serialized;
            counter += 1;
            sink.event('progress', counter, progress);
          }
          // a run Temporal no longer knows will not change either
          if (run.status !== 'running' || run.error?.code === 'workflow_not_found') {
            counter += 1;
            sink.event('finished', counter, finishedOf(run));
            return;
          }
        }
        await sleep(POLL_INTERVAL_MS, undefined, { signal: stop }).catch(() => undefined);
        if (stop.aborted) return;
        run = await this.poll(initial.id, sink);
      }
    } finally {
      clearInterval(heartbeat);
      this.open -= 1;
      sink.end();
    }
  }

  /** One reading; a failed one is reported as a comment and retried on the next tick. */
  private async poll(runId: string, sink: ServerSentEventSink): Promise<RunResource | undefined> {
    try {
      return await this.runs.get(runId);
    } catch (error) {
      if (error instanceof ApiProblem) {
        sink.comment(`${error.code}: retrying`);
        return undefined;
      }
      this.logger.error(`reading run ${runId} for its event stream failed`, error instanceof Error ? error.stack : '');
      sink.comment('read failed: retrying');
      return undefined;
    }
  }
}

function progressOf(run: RunResource): RunProgressEvent {
  return {
    status: run.status,
    steps: run.steps,
    ...(run.error ? { error: run.error } : {}),
    ...(run.compensations ? { compensations: run.compensations } : {}),
  };
}

function finishedOf(run: RunResource) {
  return { id: run.id, status: run.status, closedAt: run.closedAt, ...(run.error ? { error: run.error } : {}) };
}

function resumedCounter(lastEventId: string | undefined): number {
  const parsed = Number(lastEventId);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : 0;
}
