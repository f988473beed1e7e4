// One workflow bundle holding both contenders, so they run on the same worker.
export { runFlow, runFlowBatch } from '@tributary/workflows';
export { handWrittenTwentySteps } from './hand-written.workflow';
