import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  defineQuery,
  defineSignal,
  defineUpdate,
  isCancellation,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { flattenSteps } from './definition/step-tree';
import { evaluateTemplate, type ExpressionScope } from './expressions/expression-value';
import {
  AWAIT_RESPONSE_UPDATE,
  DECIDE_APPROVAL_UPDATE,
  EVENT_SIGNAL,
  PROGRESS_QUERY,
  SUBMIT_EVENT_UPDATE,
  type ApprovalDecision,
  type AwaitResponseResult,
  type DecideApprovalInput,
  type FlowActivities,
  isLaunchRunInput,
  SEARCH_ATTRIBUTES,
  type LaunchRequest,
  type RunFlowInput,
  type RunFlowStart,
  type RunFlowResult,
  type RunProgress,
  type SubmitEventInput,
  type SubmitEventResult,
} from './run-flow.contract';
import { runCompensations } from './engine/compensations';
import { eventMatches, RunState } from './engine/run-state';
import type { RunContext } from './engine/step-context';
import { StepFailure, toStepError } from './engine/step-failure';
import { now, StepRunner } from './engine/step-runner';

export const progressQuery = defineQuery<RunProgress>(PROGRESS_QUERY);
export const submitEventUpdate = defineUpdate<SubmitEventResult, [SubmitEventInput]>(SUBMIT_EVENT_UPDATE);
export const eventSignal = defineSignal<[SubmitEventInput]>(EVENT_SIGNAL);
export const decideApprovalUpdate = defineUpdate<ApprovalDecision, [DecideApprovalInput]>(DECIDE_APPROVAL_UPDATE);
export const awaitResponseUpdate = defineUpdate<AwaitResponseResult>(AWAIT_RESPONSE_UPDATE);

const bookkeeping = proxyActivities<FlowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 10, initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * Interprets one published, immutable flow version. A pure function of
 * (flow version, trigger, events so far): every side effect is an activity
 * or a child workflow, so a crashed worker's run resumes where it was.
 * A failing step fails the run with that step's error unless its onError
 * handles it; steps that never started are marked skipped.
 */
export async function runFlow(start: RunFlowStart): Promise<RunFlowResult> {
  const input = isLaunchRunInput(start) ? await launch(start.launch) : start;
  const definition = input.definition;
  const state = new RunState(input.runId, definition.steps);
  registerHandlers(state);

  let childSeq = 0;
  const run: RunContext = {
    runId: input.runId,
    workflowId: workflowInfo().workflowId,
    flow: input.flow,
    definition,
    trigger: input.trigger,
    mappings: input.mappings ?? {},
    compensations: [],
    nextChildSeq: () => ++childSeq,
  };
  const scope: ExpressionScope = {
    trigger: input.trigger.payload,
    steps: {},
    run: {
      id: input.runId,
      flow: input.flow.slug,
      version: input.flow.version,
      startedAt: workflowInfo().startTime.toISOString(),
    },
  };
  const runner = new StepRunner(run, state);

  try {
    scope.vars = definition.vars
      ? ((await evaluateTemplate(definition.vars, scope, 'vars')) as Record<string, unknown>)
      : {};
    const steps = input.resume ? reuseRecordedOutputs(input, state, scope) : definition.steps;
    let output = await runner.runBlock(steps, scope);
    if (definition.output !== undefined) output = await evaluateTemplate(definition.output, scope, 'output');
    state.progress.status = 'completed';
    await finish(state, 'completed');
    return { runId: input.runId, output: output ?? null, steps: state.progress.steps };
  } catch (error) {
    if (isCancellation(error)) {
      await CancellationScope.nonCancellable(async () => {
        state.progress.status = 'cancelled';
        if (definition.compensateOnFailure) await runCompensations(run, state);
        await finish(state, 'cancelled');
      });
      throw error;
    }
    const { error: stepError } = toStepError(error);
    const stepId = error instanceof StepFailure ? error.stepId : undefined;
    state.progress.status = 'failed';
    state.progress.error = stepId === undefined ? stepError : { ...stepError, stepId };
    if (definition.compensateOnFailure) await runCompensations(run, state);
    await finish(state, 'failed');
    throw ApplicationFailure.create({
      type: stepError.code,
      message: stepId === undefined ? stepError.message : `step "${stepId}" failed: ${stepError.message}`,
      nonRetryable: true,
      details: [{ stepId, ...stepError }],
    });
  }
}

const flowVersionKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.flowVersion, SearchAttributeType.INT);

/**
 * A platform-started run learns its flow version from the first activity;
 * the version becomes searchable (TributaryFlowVersion) as soon as it is known.
 */
async function launch(request: LaunchRequest): Promise<RunFlowInput> {
  const info = workflowInfo();
  const input = await bookkeeping.launchRun({
    ...request,
    workflowId: info.workflowId,
    temporalRunId: info.runId,
    startedAt: info.startTime.toISOString(),
  });
  // launchRun resolves a published version, so there always is one to search by
  if (input.flow.version !== null) upsertSearchAttributes([{ key: flowVersionKey, value: input.flow.version }]);
  return input;
}

/** Restart: the steps before `fromStepId` count as done with their recorded outputs. */
function reuseRecordedOutputs(input: RunFlowInput, state: RunState, scope: ExpressionScope) {
  const resume = input.resume;
  const steps = input.definition.steps;
  const from = resume ? steps.findIndex((step) => step.id === resume.fromStepId) : 0;
  if (!resume || from < 0) {
    throw ApplicationFailure.create({
      type: 'invalid_restart',
      message: `cannot restart from "${resume?.fromStepId}": not a top-level step of this flow version`,
      nonRetryable: true,
    });
  }
  for (const { step } of flattenSteps(steps.slice(0, from))) {
    const progress = state.step(step.id);
    if (!(step.id in resume.outputs)) continue;
    const output = resume.outputs[step.id];
    progress.status = 'succeeded';
    progress.reused = true;
    progress.output = output;
    scope.steps[step.id] = { output };
  }
  for (const { step } of flattenSteps(steps.slice(0, from))) {
    const progress = state.step(step.id);
    if (progress.status === 'pending') progress.status = 'skipped';
  }
  return steps.slice(from);
}

function registerHandlers(state: RunState): void {
  setHandler(progressQuery, () => state.progress);

  const deliverEvent = (event: SubmitEventInput): SubmitEventResult => {
    for (const wait of state.waiting.values()) {
      if (!wait.approval && wait.delivered === undefined && eventMatches(wait, event)) {
        wait.delivered = { payload: event.payload, sender: event.sender };
        return { stepId: wait.stepId };
      }
    }
    state.inbox.push(event);
    return { stepId: null };
  };
  setHandler(submitEventUpdate, deliverEvent, {
    validator: (event) => {
      if (!event || typeof event.event !== 'string' || event.event === '') throw new Error('an event needs a name');
      if (state.finished) throw new Error('the run has finished; it takes no more events');
    },
  });
  setHandler(eventSignal, (event) => void deliverEvent(event));

  setHandler(
    decideApprovalUpdate,
    (request) => {
      const wait = pendingApproval(state, request);
      const decision: ApprovalDecision = {
        stepId: wait.stepId,
        decision: request.decision === 'approve' ? 'approved' : 'rejected',
        actor: request.actor,
        decidedAt: now(),
      };
      if (request.comment !== undefined) decision.comment = request.comment;
      wait.delivered = { payload: decision, sender: request.actor };
      return decision;
    },
    { validator: (request) => void pendingApproval(state, request) },
  );

  setHandler(awaitResponseUpdate, async (): Promise<AwaitResponseResult> => {
    await condition(() => state.response !== undefined || state.finished);
    if (state.response) return { kind: 'response', response: state.response };
    const progress = state.progress;
    return { kind: 'finished', status: progress.status, error: progress.error };
  });
}

/** The waiting approval a decision is for; throws (rejecting the update) when there is none or it is ambiguous. */
function pendingApproval(state: RunState, request: DecideApprovalInput) {
  if (request?.decision !== 'approve' && request?.decision !== 'reject') {
    throw new Error('decision must be "approve" or "reject"');
  }
  const approvals = [...state.waiting.values()].filter(
    (wait) =>
      wait.approval && wait.delivered === undefined && (request.stepId === undefined || wait.stepId === request.stepId),
  );
  if (approvals.length === 0) {
    throw new Error(
      request.stepId ? `step "${request.stepId}" is not waiting for approval` : 'no step is waiting for approval',
    );
  }
  if (approvals.length > 1) throw new Error('several steps wait for approval; name the stepId');
  const wait = approvals[0]!;
  const approvers = state.step(wait.stepId).waitingFor?.approval?.approvers;
  if (approvers && approvers.length > 0 && !approvers.includes(request.actor)) {
    throw new Error(`"${request.actor}" may not decide step "${wait.stepId}"`);
  }
  return wait;
}

async function finish(state: RunState, status: 'completed' | 'failed' | 'cancelled'): Promise<void> {
  state.skipUnstarted();
  state.finished = true;
  await recordOutcome(state.progress.runId, status);
  await condition(allHandlersFinished);
}

/**
 * The run index is a convenience copy of Temporal's truth (the API re-syncs it
 * on read), so a database outage must not fail an otherwise finished run.
 */
async function recordOutcome(runId: string, status: 'completed' | 'failed' | 'cancelled'): Promise<void> {
  try {
    await bookkeeping.recordRunOutcome({ runId, status, closedAt: now() });
  } catch {
    // already retried by the activity's policy; nothing more to do here
  }
}
