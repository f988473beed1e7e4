import type { FlowStep } from '../definition/flow-steps';
import { flattenSteps } from '../definition/step-tree';
import type {
  CompensationProgress,
  FlowResponse,
  RunProgress,
  StepProgress,
  SubmitEventInput,
} from '../run-flow.contract';

/**
 * Everything a run knows about itself while it runs: the progress the
 * `progress` query returns, events that arrived before a step waited for
 * them, the HTTP response a `respond` step set. Pure data, rebuilt
 * identically on replay.
 */
export class RunState {
  readonly progress: RunProgress;
  private readonly byId = new Map<string, StepProgress>();
  /** events nobody waited for yet, oldest first */
  readonly inbox: SubmitEventInput[] = [];
  /** steps currently waiting for an event, by step id */
  readonly waiting = new Map<string, EventWait>();
  response?: FlowResponse;
  finished = false;

  constructor(runId: string, steps: FlowStep[]) {
    this.progress = {
      runId,
      status: 'running',
      steps: flattenSteps(steps).map(({ step, parentId }) => {
        const entry: StepProgress = { id: step.id, kind: step.kind, status: 'pending', attempts: 0 };
        if (parentId !== undefined) entry.parentId = parentId;
        this.byId.set(step.id, entry);
        return entry;
      }),
    };
  }

  step(id: string): StepProgress {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`no progress entry for step "${id}"`);
    return entry;
  }

  /** Marks steps that never started as skipped once the run is over. */
  skipUnstarted(): void {
    for (const entry of this.progress.steps) {
      if (entry.status === 'pending') entry.status = 'skipped';
    }
  }

  compensation(stepId: string): CompensationProgress {
    const entry: CompensationProgress = { stepId, status: 'running' };
    (this.progress.compensations ??= []).push(entry);
    return entry;
  }
}

export interface EventWait {
  stepId: string;
  event: string;
  correlationKey?: unknown;
  approval: boolean;
  /** set when a matching event (or decision) arrives */
  delivered?: { payload: unknown; sender?: string };
}

/** Same event name and, when the step declared one, the same correlation key (compared as JSON). */
export function eventMatches(wait: EventWait, event: SubmitEventInput): boolean {
  if (wait.event !== event.event) return false;
  if (wait.correlationKey === undefined) return true;
  return JSON.stringify(wait.correlationKey) === JSON.stringify(event.correlationKey);
}
