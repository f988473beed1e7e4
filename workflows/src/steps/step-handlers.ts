import type { FlowStep, StepKind } from '../definition/flow-steps';
import type { StepHandler } from '../engine/step-context';
import { runActionStep } from './action.step';
import { runIfStep, runSwitchStep } from './branch.step';
import { runFailStep } from './fail.step';
import { runForEachStep } from './for-each.step';
import { runMapStep } from './map.step';
import { runParallelStep } from './parallel.step';
import { runRespondStep } from './respond.step';
import { runSubflowStep } from './subflow.step';
import { runWaitForEventStep } from './wait-for-event.step';
import { runWaitStep } from './wait.step';

/** The one table from step kind to handler. Exhaustive: a new kind does not compile until it is handled. */
export const stepHandlers: { [K in StepKind]: StepHandler<Extract<FlowStep, { kind: K }>> } = {
  action: runActionStep,
  map: runMapStep,
  if: runIfStep,
  switch: runSwitchStep,
  forEach: runForEachStep,
  parallel: runParallelStep,
  wait: runWaitStep,
  waitForEvent: runWaitForEventStep,
  subflow: runSubflowStep,
  respond: runRespondStep,
  fail: runFailStep,
};
