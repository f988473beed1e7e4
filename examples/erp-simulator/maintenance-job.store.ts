import type {
  MaintenanceJob,
  RaiseMaintenanceJobRequest,
  UpdateMaintenanceJobRequest,
} from './maintenance-job.schemas';

const FIRST_JOB_NUMBER = 100_001;

/** The ERP's in-memory job table. Returns copies so callers cannot edit stored jobs by accident. */
export class MaintenanceJobStore {
  private readonly jobs = new Map<string, MaintenanceJob>();
  private nextNumber = FIRST_JOB_NUMBER;

  raise(request: RaiseMaintenanceJobRequest, now = new Date()): MaintenanceJob {
    const timestamp = now.toISOString();
    const job: MaintenanceJob = {
      jobNumber: `MJ-${this.nextNumber++}`,
      asset: request.asset,
      description: request.description,
      priority: request.priority,
      dueDate: request.dueDate,
      plant: request.plant,
      status: 'open',
      workOrderId: null,
      raisedAt: timestamp,
      updatedAt: timestamp,
    };
    this.jobs.set(job.jobNumber, job);
    return { ...job };
  }

  list(): MaintenanceJob[] {
    return [...this.jobs.values()].map((job) => ({ ...job }));
  }

  find(jobNumber: string): MaintenanceJob | undefined {
    const job = this.jobs.get(jobNumber);
    return job && { ...job };
  }

  /** Returns the updated job, or undefined when the job does not exist. */
  update(jobNumber: string, change: UpdateMaintenanceJobRequest, now = new Date()): MaintenanceJob | undefined {
    const job = this.jobs.get(jobNumber);
    if (!job) return undefined;
    job.workOrderId = change.workOrderId;
    job.status = change.status;
    job.updatedAt = now.toISOString();
    return { ...job };
  }
}
