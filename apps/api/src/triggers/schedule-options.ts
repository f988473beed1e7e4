import type { ScheduleOptions, ScheduleOverlapPolicy } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { parseDuration } from '@tributary/workflows/definition/duration';
import type { ScheduleTrigger } from '@tributary/workflows/definition/flow-trigger';
import {
  RUN_FLOW_WORKFLOW,
  SEARCH_ATTRIBUTES,
  scheduleIdFor,
  type LaunchRunInput,
} from '@tributary/workflows/run-flow.contract';
import type { z } from 'zod';

export type ScheduleTriggerConfig = z.output<typeof ScheduleTrigger>;

const OVERLAP: Record<ScheduleTriggerConfig['overlap'], ScheduleOverlapPolicy> = {
  skip: 'SKIP',
  bufferOne: 'BUFFER_ONE',
  allowAll: 'ALLOW_ALL',
};

const flowKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD);
const triggerKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD);

/**
 * The Temporal Schedule behind a schedule trigger. Each fire starts
 * `runFlow` with a launch request (not a pinned definition), so the run
 * executes whatever version is published when it fires; Temporal appends
 * the fire time to the workflow id, which makes every fire its own run.
 */
export function scheduleOptionsFor(
  trigger: { id: string; enabled: boolean; config: ScheduleTriggerConfig },
  flow: { id: string; slug: string },
  taskQueue: string,
): ScheduleOptions {
  const { config } = trigger;
  const input: LaunchRunInput = {
    launch: { flowId: flow.id, triggerId: trigger.id, triggerKind: 'schedule', payload: config.payload ?? null },
  };
  const cronExpressions = config.cron === undefined ? [] : [config.cron].flat();
  return {
    scheduleId: scheduleIdFor(trigger.id),
    spec: {
      ...(cronExpressions.length > 0 ? { cronExpressions } : {}),
      ...(config.every === undefined ? {} : { intervals: [{ every: parseDuration(config.every) ?? config.every }] }),
      timezone: config.timezone,
    },
    action: {
      type: 'startWorkflow',
      workflowType: RUN_FLOW_WORKFLOW,
      workflowId: `flow-${flow.slug}-schedule`,
      taskQueue,
      args: [input],
      typedSearchAttributes: [
        { key: flowKey, value: flow.slug },
        { key: triggerKey, value: 'schedule' },
      ],
      memo: { flowId: flow.id, triggerId: trigger.id },
    },
    policies: { overlap: OVERLAP[config.overlap], catchupWindow: '1 minute' },
    state: trigger.enabled ? {} : { paused: true, note: 'disabled in Tributary' },
  };
}
