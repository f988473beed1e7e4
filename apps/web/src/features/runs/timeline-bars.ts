import type { RunStep } from '../../api/runs.api';

/** A step's place on the run's time axis, in percent of the run's span. */
export interface TimelineBar {
  offsetPercent: number;
  widthPercent: number;
}

/** Bars narrower than this would vanish; a 3 ms step in a 2 h run still gets a visible tick. */
const MIN_WIDTH_PERCENT = 0.5;

/**
 * Where a step's bar sits within the run: from the run's start to its close
 * (or `now` while it runs). A running step reaches to `now`. Undefined for a
 * step that has not started or a run whose times are unreadable.
 */
export function stepBar(
  step: Pick<RunStep, 'startedAt' | 'finishedAt'>,
  run: { startedAt: string; closedAt: string | null },
  now: Date,
): TimelineBar | undefined {
  if (!step.startedAt) return undefined;
  const runStart = Date.parse(run.startedAt);
  const runEnd = run.closedAt ? Date.parse(run.closedAt) : now.getTime();
  const start = Date.parse(step.startedAt);
  const end = step.finishedAt ? Date.parse(step.finishedAt) : run.closedAt ? runEnd : now.getTime();
  if ([runStart, runEnd, start, end].some(Number.isNaN)) return undefined;
  const span = Math.max(runEnd - runStart, 1);
  const offset = clamp(((start - runStart) / span) * 100, 0, 100 - MIN_WIDTH_PERCENT);
  const width = clamp(((end - start) / span) * 100, MIN_WIDTH_PERCENT, 100 - offset);
  return { offsetPercent: round(offset), widthPercent: round(width) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
