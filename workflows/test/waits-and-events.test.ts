import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowDefinitionInput } from '../src/flow-definition';
import {
  AWAIT_RESPONSE_UPDATE,
  DECIDE_APPROVAL_UPDATE,
  SUBMIT_EVENT_UPDATE,
  type ApprovalDecision,
  type AwaitResponseResult,
  type SubmitEventResult,
} from '../src/run-flow.contract';
import {
  eventually,
  progressOf,
  recordHistory,
  recordingActivities,
  runInput,
  settle,
  startRun,
  echo,
} from './support/flow-harness';
import { TemporalTestEnv } from './temporal-test-env';

let env: TemporalTestEnv;
beforeAll(async () => {
  env = await TemporalTestEnv.connect();
});
afterAll(async () => {
  await env?.close();
});

describe('waiting steps on a real Temporal server', () => {
  it('a short wait is a durable timer that fires on time', async () => {
    const { activities } = recordingActivities(() => ({}));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [{ id: 'cool_down', kind: 'wait', duration: 'PT2S' }, echo('restart_line')],
    };
    const input = runInput(flow, {});
    const started = Date.now();
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(outcome.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    expect(progress.steps.map((step) => step.status)).toEqual(['succeeded', 'succeeded']);
    await recordHistory(env, 'wait-two-seconds', `flow-test-${input.runId}`);
  });

  it('a 30-day wait sets a 30-day durable timer and shows its deadline while waiting', async () => {
    const { activities, calls } = recordingActivities(() => ({}));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [{ id: 'warranty', kind: 'wait', duration: 'P30D' }, echo('inspect')],
    };
    const input = runInput(flow, {});
    await worker.runUntil(async () => {
      const handle = await startRun(env, taskQueue, input);
      const waiting = await eventually(async () => {
        const progress = await progressOf(handle);
        return progress.steps[0]?.status === 'waiting' ? progress.steps[0] : undefined;
      });
      const started = Date.parse(waiting.startedAt ?? '');
      expect(Date.parse(waiting.waitingFor?.until ?? '') - started).toBe(30 * 86_400_000);
      const history = await handle.fetchHistory();
      const timer = history.events?.find((event) => event.timerStartedEventAttributes);
      expect(Number(timer?.timerStartedEventAttributes?.startToFireTimeout?.seconds)).toBe(30 * 86_400);
      await handle.terminate('test done');
    });
    expect(calls).toHaveLength(0);
  });

  it('waitForEvent resumes when an event with its correlation key arrives through the update', async () => {
    const { activities, calls } = recordingActivities((call) => call.input);
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'inspection',
          kind: 'waitForEvent',
          event: 'quality.inspected',
          correlationKey: '=$trigger.lot',
          timeout: '1h',
        },
        echo('release_lot', { result: '=$steps.inspection.output.payload.result' }),
      ],
    };
    const input = runInput(flow, { lot: 'LOT-42' });
    const { outcome } = await worker.runUntil(async () => {
      const handle = await startRun(env, taskQueue, input);
      await eventually(async () => ((await progressOf(handle)).steps[0]?.status === 'waiting' ? true : undefined));
      const wrongLot = await handle.executeUpdate<SubmitEventResult, [unknown]>(SUBMIT_EVENT_UPDATE, {
        args: [{ event: 'quality.inspected', correlationKey: 'LOT-7', payload: { result: 'fail' } }],
      });
      expect(wrongLot).toEqual({ stepId: null });
      const delivered = await handle.executeUpdate<SubmitEventResult, [unknown]>(SUBMIT_EVENT_UPDATE, {
        args: [{ event: 'quality.inspected', correlationKey: 'LOT-42', payload: { result: 'pass' } }],
      });
      expect(delivered).toEqual({ stepId: 'inspection' });
      return settle(handle);
    });
    expect(outcome.ok).toBe(true);
    expect(calls[0]?.input).toEqual({ result: 'pass' });
    await recordHistory(env, 'wait-for-event-by-update', `flow-test-${input.runId}`);
  });

  it('waitForEvent runs its onTimeout block when no event arrives in time', async () => {
    const { activities, calls } = recordingActivities(() => ({ escalated: true }));
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        { id: 'ack', kind: 'waitForEvent', event: 'alarm.acknowledged', timeout: '2s', onTimeout: [echo('escalate')] },
      ],
    };
    const input = runInput(flow, {});
    const { outcome, progress } = await worker.runUntil(async () => settle(await startRun(env, taskQueue, input)));
    expect(outcome.ok && outcome.result.output).toEqual({ timedOut: true, output: { escalated: true } });
    expect(calls.map((call) => call.action)).toEqual(['escalate']);
    expect(progress.steps[0]?.status).toBe('succeeded');
    await recordHistory(env, 'wait-for-event-timeout', `flow-test-${input.runId}`);
  });

  it('an approval is decided through an update that answers synchronously; a second decision is refused', async () => {
    const { activities, calls } = recordingActivities((call) => call.input);
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'approve_po',
          kind: 'waitForEvent',
          event: 'approval',
          approval: { prompt: "='Approve PO ' & $trigger.po & '?'", approvers: ['maria'] },
        },
        {
          id: 'decided',
          kind: 'if',
          condition: '$steps.approve_po.output.decision = "approved"',
          then: [echo('send_po', { comment: '=$steps.approve_po.output.comment' })],
          else: [echo('cancel_po')],
        },
      ],
    };
    const input = runInput(flow, { po: 'PO-991' });
    const { outcome } = await worker.runUntil(async () => {
      const handle = await startRun(env, taskQueue, input);
      const waiting = await eventually(async () => {
        const step = (await progressOf(handle)).steps[0];
        return step?.status === 'waiting' ? step : undefined;
      });
      expect(waiting.waitingFor?.approval).toEqual({ prompt: 'Approve PO PO-991?', approvers: ['maria'] });
      await expect(
        handle.executeUpdate(DECIDE_APPROVAL_UPDATE, { args: [{ decision: 'approve', actor: 'mallory' }] }),
      ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/may not decide/) } });
      const decision = await handle.executeUpdate<ApprovalDecision, [unknown]>(DECIDE_APPROVAL_UPDATE, {
        args: [{ decision: 'approve', comment: 'budget ok', actor: 'maria' }],
      });
      expect(decision).toMatchObject({
        stepId: 'approve_po',
        decision: 'approved',
        comment: 'budget ok',
        actor: 'maria',
      });
      await expect(
        handle.executeUpdate(DECIDE_APPROVAL_UPDATE, { args: [{ decision: 'reject', actor: 'maria' }] }),
      ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/no step is waiting for approval/) } });
      return settle(handle);
    });
    expect(outcome.ok).toBe(true);
    expect(calls.map((call) => [call.action, call.input])).toEqual([['send_po', { comment: 'budget ok' }]]);
    await recordHistory(env, 'approval-by-update', `flow-test-${input.runId}`);
  });

  it('respond answers a synchronous caller while the run goes on', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { activities } = recordingActivities(async (call) => {
      if (call.action === 'slow_follow_up') await gate;
      return { ok: true };
    });
    const { worker, taskQueue } = await env.worker(activities);
    const flow: FlowDefinitionInput = {
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: 'quote' },
      steps: [
        { id: 'price', kind: 'map', rules: [{ target: 'total', from: '=$trigger.body.qty * 12.5' }] },
        {
          id: 'answer',
          kind: 'respond',
          status: 201,
          headers: { 'x-quote': 'Q-1' },
          body: { total: '=$steps.price.output.total' },
        },
        echo('slow_follow_up'),
      ],
    };
    const input = runInput(flow, { body: { qty: 4 } });
    const { outcome } = await worker.runUntil(async () => {
      const handle = await startRun(env, taskQueue, input);
      const answer = await handle.executeUpdate<AwaitResponseResult, []>(AWAIT_RESPONSE_UPDATE);
      expect(answer).toEqual({
        kind: 'response',
        response: { status: 201, headers: { 'x-quote': 'Q-1' }, body: { total: 50 } },
      });
      expect((await progressOf(handle)).status).toBe('running');
      release();
      return settle(handle);
    });
    expect(outcome.ok).toBe(true);
    await recordHistory(env, 'respond-then-continue', `flow-test-${input.runId}`);
  });
});
