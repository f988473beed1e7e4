import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getRun, runEventsUrl } from '../../api/runs.api';
import { startDraftTestRun } from '../../api/test-runs.api';
import {
  isRunOpen,
  parseFinishedEvent,
  parseProgressEvent,
  stepsById,
  withFinished,
  withProgress,
  type Run,
  type StepProgress,
} from '../runs/run-progress';

/** How often the run is read while its event stream is not available. */
const POLL_INTERVAL_MS = 1_000;

export interface TestRunState {
  start(input: { payload: unknown; definition: FlowDefinition }): Promise<void>;
  /** latest state: from GET /v1/runs/{id}, then the SSE `progress` / `finished` events */
  run: Run | null;
  steps: Record<string, StepProgress>;
  /** the trigger payload of the last test run */
  payload: unknown;
  /** a test run is being started or is still open */
  isRunning: boolean;
  /** the start request is in flight (a new test can be started once it is answered) */
  isStarting: boolean;
  error: Error | null;
}

/**
 * The editor's test runs of one flow: starts a run of the draft, reads it
 * once, then follows it over Server-Sent Events until it finishes. When the
 * stream fails (a proxy without streaming, the API restarting) it reads the
 * run every second instead. Starting another test stops following the first.
 */
export function useTestRun(flowSlug: string): TestRunState {
  const [run, setRun] = useState<Run | null>(null);
  const [payload, setPayload] = useState<unknown>(undefined);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const follower = useRef<RunFollower | null>(null);
  // a newer start wins: an older start answered late must not follow its run
  const generation = useRef(0);

  useEffect(() => () => follower.current?.stop(), []);

  const start = useCallback(
    async (input: { payload: unknown; definition: FlowDefinition }) => {
      follower.current?.stop();
      follower.current = null;
      const started = ++generation.current;
      setStarting(true);
      setError(null);
      setRun(null);
      setPayload(input.payload);
      try {
        const testRun = await startDraftTestRun(flowSlug, input, crypto.randomUUID());
        if (started !== generation.current) return;
        const current = new RunFollower(testRun.id, setRun, setError);
        follower.current = current;
        await current.begin();
      } catch (cause) {
        if (started === generation.current) setError(cause instanceof Error ? cause : new Error(String(cause)));
      } finally {
        if (started === generation.current) setStarting(false);
      }
    },
    [flowSlug],
  );

  const steps = useMemo(() => stepsById(run?.steps ?? []), [run?.steps]);
  const isRunning = starting || (run !== null && isRunOpen(run));
  return { start, run, steps, payload, isRunning, isStarting: starting, error };
}

/**
 * Follows one run: a first GET, then the event stream, or polling when the
 * stream errors. `stop` ends everything; a stopped follower never writes
 * state again, so a late answer for an old run cannot overwrite a newer one.
 */
class RunFollower {
  private stopped = false;
  private source: EventSource | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly abort = new AbortController();
  private latest: Run | null = null;

  constructor(
    private readonly runId: string,
    private readonly onRun: (run: Run) => void,
    private readonly onError: (error: Error | null) => void,
  ) {}

  async begin(): Promise<void> {
    const run = await getRun(this.runId, this.abort.signal);
    if (this.stopped) return;
    this.publish(run);
    if (!isRunOpen(run)) return;
    if (typeof EventSource === 'undefined') this.poll();
    else this.stream();
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    this.source?.close();
    this.source = null;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private stream(): void {
    const source = new EventSource(runEventsUrl(this.runId));
    this.source = source;
    source.addEventListener('progress', (event) => {
      const progress = parseProgressEvent((event as MessageEvent).data);
      if (progress && this.latest) this.publish(withProgress(this.latest, progress));
    });
    source.addEventListener('finished', (event) => {
      source.close();
      this.source = null;
      const finished = parseFinishedEvent((event as MessageEvent).data);
      if (finished && this.latest) this.publish(withFinished(this.latest, finished));
      // one more read for the final step list and links
      void this.read();
    });
    source.addEventListener('error', () => {
      if (this.stopped || this.source !== source) return;
      source.close();
      this.source = null;
      this.poll();
    });
  }

  private poll(): void {
    if (this.stopped) return;
    this.pollTimer = setTimeout(() => {
      void this.read().then((run) => {
        if (run && isRunOpen(run)) this.poll();
        else if (!run) this.poll();
      });
    }, POLL_INTERVAL_MS);
  }

  /** One GET; a failure is shown and the caller tries again. */
  private async read(): Promise<Run | undefined> {
    try {
      const run = await getRun(this.runId, this.abort.signal);
      if (this.stopped) return undefined;
      this.onError(null);
      this.publish(run);
      return run;
    } catch (cause) {
      if (this.stopped) return undefined;
      this.onError(cause instanceof Error ? cause : new Error(String(cause)));
      return undefined;
    }
  }

  private publish(run: Run): void {
    if (this.stopped) return;
    this.latest = run;
    this.onRun(run);
  }
}
