import { describe, expect, it } from 'vitest';
import { stepBar } from './timeline-bars';

const run = { startedAt: '2026-01-01T00:00:00.000Z', closedAt: '2026-01-01T00:00:10.000Z' };
const now = new Date('2026-01-01T00:00:20.000Z');

describe('stepBar', () => {
  it("places a finished step in proportion to the run's span", () => {
    const bar = stepBar({ startedAt: '2026-01-01T00:00:02.000Z', finishedAt: '2026-01-01T00:00:07.000Z' }, run, now);
    expect(bar).toEqual({ offsetPercent: 20, widthPercent: 50 });
  });

  it('measures an open run up to now and a running step up to now', () => {
    const open = { startedAt: run.startedAt, closedAt: null };
    expect(stepBar({ startedAt: '2026-01-01T00:00:10.000Z' }, open, now)).toEqual({
      offsetPercent: 50,
      widthPercent: 50,
    });
  });

  it('ends an unfinished step of a closed run where the run closed', () => {
    expect(stepBar({ startedAt: '2026-01-01T00:00:05.000Z' }, run, now)).toEqual({
      offsetPercent: 50,
      widthPercent: 50,
    });
  });

  it('keeps a very short step visible', () => {
    const bar = stepBar({ startedAt: '2026-01-01T00:00:01.000Z', finishedAt: '2026-01-01T00:00:01.001Z' }, run, now);
    expect(bar?.widthPercent).toBe(0.5);
  });

  it('keeps the bar inside the axis when clocks disagree', () => {
    const bar = stepBar({ startedAt: '2025-12-31T23:59:59.000Z', finishedAt: '2026-01-01T00:00:30.000Z' }, run, now);
    expect(bar).toEqual({ offsetPercent: 0, widthPercent: 100 });
  });

  it('has no bar for a step that has not started or unreadable times', () => {
    expect(stepBar({}, run, now)).toBeUndefined();
    expect(stepBar({ startedAt: 'later' }, run, now)).toBeUndefined();
  });
});

describe('stepBar at the end of the axis', () => {
  it('still shows a step that started as the run closed', () => {
    const bar = stepBar({ startedAt: run.closedAt, finishedAt: run.closedAt }, run, now);
    expect(bar).toEqual({ offsetPercent: 99.5, widthPercent: 0.5 });
  });
});
