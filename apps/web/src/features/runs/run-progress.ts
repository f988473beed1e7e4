import type { ApiSchema } from '../../api/api-client';

export type Run = ApiSchema<'Run'>;
export type StepProgress = ApiSchema<'StepProgress'>;

/** `progress` event data of `GET /v1/runs/{id}/events`: the run's whole live state (apps/api/src/runs/run-progress.stream.ts). */
export interface RunProgressEvent {
  status: Run['status'];
  steps: StepProgress[];
  error?: Run['error'];
  compensations?: Run['compensations'];
}

/** `finished` event data: the run has closed. */
export interface RunFinishedEvent {
  id: string;
  status: Run['status'];
  closedAt: string | null;
  error?: Run['error'];
}

/**
 * The JSON data of a `progress` event, or undefined for anything malformed:
 * each event carries the whole state, so skipping one loses nothing.
 */
export function parseProgressEvent(data: unknown): RunProgressEvent | undefined {
  const value = parseJson(data);
  if (!isRecord(value) || typeof value.status !== 'string' || !Array.isArray(value.steps)) return undefined;
  return value as unknown as RunProgressEvent;
}

export function parseFinishedEvent(data: unknown): RunFinishedEvent | undefined {
  const value = parseJson(data);
  if (!isRecord(value) || typeof value.status !== 'string') return undefined;
  return value as unknown as RunFinishedEvent;
}

/** The run with a progress event's state; the event replaces status, steps and error as a whole. */
export function withProgress(run: Run, progress: RunProgressEvent): Run {
  const { error: _previousError, ...rest } = run;
  return {
    ...rest,
    status: progress.status,
    steps: progress.steps,
    ...(progress.error ? { error: progress.error } : {}),
    ...(progress.compensations ? { compensations: progress.compensations } : {}),
  };
}

/** The run once closed; its steps stay as the last progress event left them. */
export function withFinished(run: Run, finished: RunFinishedEvent): Run {
  return {
    ...run,
    status: finished.status,
    closedAt: finished.closedAt ?? run.closedAt,
    ...(finished.error ? { error: finished.error } : {}),
  };
}

/** A run still going: no close time and status `running`. */
export function isRunOpen(run: Pick<Run, 'status' | 'closedAt'>): boolean {
  return run.closedAt === null && run.status === 'running';
}

/** The steps keyed by id, for the canvas (node status) and the step panel (last result). */
export function stepsById(steps: readonly StepProgress[]): Record<string, StepProgress> {
  const byId: Record<string, StepProgress> = {};
  for (const step of steps) byId[step.id] = step;
  return byId;
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
