import { continueAsNew, isCancellation, log, proxyActivities, sleep } from '@temporalio/workflow';
import type { PollTriggerInput, TriggerActivities } from './run-flow.contract';

/** Enough polls to keep the history small; the state that matters (the cursor) lives in Postgres. */
const POLLS_PER_EXECUTION = 500;
/** After a failure no retry fixes (bad credentials, a dropped table), look again this often. */
const MIN_PAUSE_AFTER_FAILURE_MS = 60_000;

/**
 * Keeps one polling trigger alive: poll, start a run per new event, wait the
 * interval, repeat. The cursor is stored by `pollOnce` after the poll's runs
 * have started, and runs are started under ids derived from the events, so a
 * worker crash anywhere repeats at most one poll and starts nothing twice.
 * Cancelling this workflow disables the trigger.
 */
export async function pollTrigger(input: PollTriggerInput): Promise<void> {
  const { pollOnce } = proxyActivities<TriggerActivities>({
    startToCloseTimeout: '5 minutes',
    // pollOnce heartbeats while it works, so a dead worker's poll is retried elsewhere soon.
    heartbeatTimeout: `${input.heartbeatTimeoutSeconds ?? 30} seconds`,
    // A partner system that is down for hours must not end the trigger: keep
    // trying, backing off to one attempt every 10 minutes.
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 minutes' },
  });
  const intervalMs = input.intervalSeconds * 1000;
  for (let poll = 0; poll < POLLS_PER_EXECUTION; poll += 1) {
    try {
      const result = await pollOnce({ triggerId: input.triggerId });
      // A backlog drains at full speed; an idle source is asked once per interval.
      if (!result.hasMore) await sleep(intervalMs);
    } catch (error) {
      if (isCancellation(error)) throw error;
      // The failure stays visible in this workflow's history; the trigger lives on
      // so that fixing the connection is enough to resume.
      log.warn('poll failed; the trigger keeps polling', { triggerId: input.triggerId, error: String(error) });
      await sleep(Math.max(intervalMs, MIN_PAUSE_AFTER_FAILURE_MS));
    }
  }
  await continueAsNew<typeof pollTrigger>(input);
}
