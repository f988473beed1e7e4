// The workflow bundle's entry point: every workflow type the worker registers.
export { runFlow } from './run-flow.workflow';
export { runFlowBatch } from './run-flow-batch.workflow';
export { pollTrigger } from './poll-trigger.workflow';
export { subscriptionTrigger } from './subscription-trigger.workflow';
export { testConnection } from './test-connection.workflow';
export { testStep } from './test-step.workflow';
