import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const historiesDir = new URL('./histories/', import.meta.url);
const histories = readdirSync(historiesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    history: JSON.parse(readFileSync(new URL(file, historiesDir), 'utf8')),
  }));

/**
 * Histories recorded from real runs (RECORD_HISTORIES=1 npm test) must replay
 * through today's interpreter without a determinism violation; otherwise a
 * deploy would break every run in flight. A behaviour change needs `patched()`.
 */
describe('runFlow replays recorded histories', () => {
  let workflowBundle: Awaited<ReturnType<typeof bundleWorkflowCode>>;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../src/index.ts'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
  });

  it('has recorded histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(10);
  });

  // The dev server cannot skip time, so the clock is the test's: the recorded
  // 2-second wait becomes a 30-day one whose timer fires 30 days later, and
  // the interpreter must make the same decisions after it as before.
  it('replays a 30-day wait whose timer fired 30 days after it started', async () => {
    const recorded = histories.find(({ name }) => name === 'wait-two-seconds');
    expect(recorded).toBeDefined();
    const history = withThirtyDayWait(recorded?.history);
    await expect(Worker.runReplayHistory({ workflowBundle }, history, 'thirty-day-wait')).resolves.toBeUndefined();
  });

  it.each(histories)('replays "$name" deterministically', async ({ name, history }) => {
    await expect(Worker.runReplayHistory({ workflowBundle }, history, name)).resolves.toBeUndefined();
  });
});

interface RecordedEvent {
  eventTime: string;
  workflowExecutionStartedEventAttributes?: { input: { payloads: { data: string }[] } };
  timerStartedEventAttributes?: { startToFireTimeout: string };
}

function withThirtyDayWait(source: unknown): unknown {
  const history = structuredClone(source) as { events: RecordedEvent[] };
  const thirtyDaysMs = 30 * 86_400_000;
  let timerSeen = false;
  for (const event of history.events) {
    const started = event.workflowExecutionStartedEventAttributes;
    const payload = started?.input.payloads[0];
    if (payload) {
      const input = JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8')) as {
        definition: { steps: { duration?: string }[] };
      };
      const wait = input.definition.steps[0];
      expect(wait?.duration).toBe('PT2S');
      if (wait) wait.duration = 'P30D';
      payload.data = Buffer.from(JSON.stringify(input)).toString('base64');
    }
    if (event.timerStartedEventAttributes) {
      event.timerStartedEventAttributes.startToFireTimeout = `${thirtyDaysMs / 1000}s`;
      timerSeen = true;
    } else if (timerSeen) {
      event.eventTime = shift(event.eventTime, thirtyDaysMs);
    }
  }
  return history;
}

/** Keeps the nanoseconds of an RFC 3339 timestamp while moving it. */
function shift(timestamp: string, ms: number): string {
  const [whole = '', fraction = '0Z'] = timestamp.split('.');
  return `${new Date(Date.parse(`${whole}Z`) + ms).toISOString().slice(0, 19)}.${fraction}`;
}
