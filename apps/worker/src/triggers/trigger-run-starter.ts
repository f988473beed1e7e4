import { createHash } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import type { TriggerEvent } from '@tributary/connector-sdk';
import { evaluateBusinessKey } from '@tributary/workflows/definition/business-key';
import type { BusinessKey } from '@tributary/workflows/flow-definition';
import { RUN_FLOW_WORKFLOW, SEARCH_ATTRIBUTES, type LaunchRunInput } from '@tributary/workflows/run-flow.contract';

/** The trigger an event came from, as the starter needs it. */
export interface FiringTrigger {
  id: string;
  kind: 'poll' | 'subscription';
  flow: { id: string; slug: string };
  businessKey?: BusinessKey;
}

export interface StartedEvent {
  workflowId: string;
  /** false when a run for this event already existed (a repeated poll, a redelivered message) */
  started: boolean;
}

const flowKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD);
const triggerKey = defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD);

/**
 * Starts one run per trigger event, exactly once per event: the workflow id
 * is derived from the trigger and the event's key (the flow's business key,
 * else the event id, else a hash of the payload), and Temporal refuses a
 * second execution with the same id. The run itself resolves the flow
 * version and records itself (see LaunchRunInput), so starting is a single
 * call that is safe to repeat after any crash.
 */
export class TriggerRunStarter {
  constructor(
    private readonly temporal: Client,
    private readonly taskQueue: string,
  ) {}

  async start(trigger: FiringTrigger, event: TriggerEvent): Promise<StartedEvent> {
    const eventKey = trigger.businessKey
      ? await evaluateBusinessKey(trigger.businessKey, event.payload)
      : (event.id ?? `sha256:${hash(JSON.stringify(event.payload ?? null))}`);
    const workflowId = `flow-${trigger.flow.slug}-${trigger.id}-${hash(eventKey).slice(0, 32)}`;
    const input: LaunchRunInput = {
      launch: {
        flowId: trigger.flow.id,
        triggerId: trigger.id,
        triggerKind: trigger.kind,
        payload: event.payload,
        eventKey,
      },
    };
    try {
      await this.temporal.workflow.start(RUN_FLOW_WORKFLOW, {
        taskQueue: this.taskQueue,
        workflowId,
        args: [input],
        // A running or finished execution with this id means the event already has its run.
        workflowIdConflictPolicy: 'FAIL',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: flowKey, value: trigger.flow.slug },
          { key: triggerKey, value: trigger.kind },
        ],
        memo: { flowId: trigger.flow.id, triggerId: trigger.id, eventKey },
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
      throw error;
    }
    return { workflowId, started: true };
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
