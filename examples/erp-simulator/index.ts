export { startErpSimulator, MAINTENANCE_JOB_RAISED } from './erp-simulator.server';
export type { ErpSimulator, ErpSimulatorOptions } from './erp-simulator.server';
export type { WebhookDeliveryAttempt, WebhookRetryPolicy } from './webhook.dispatcher';
export {
  MaintenanceJob,
  RaiseMaintenanceJobRequest,
  UpdateMaintenanceJobRequest,
  JobPriority,
  JobStatus,
  ErpDate,
} from './maintenance-job.schemas';
