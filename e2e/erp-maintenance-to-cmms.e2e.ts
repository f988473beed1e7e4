import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRunIds, poll, waitForNewRun, waitForRunToClose } from './support/runs-api';
import { startTributaryStack, type TributaryStack } from './support/tributary-stack';

const FLOW = 'erp-maintenance-to-cmms';

/**
 * The canonical scenario, for real: the ERP simulator raises a maintenance job
 * and calls Tributary's webhook, the run executes on the Temporal dev server,
 * the CMMS simulator ends up holding the work order and the ERP its id.
 */
describe('ERP maintenance job → CMMS work order, end to end', () => {
  let stack: TributaryStack;
  beforeAll(async () => {
    stack = await startTributaryStack();
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  });

  async function raiseJob(job: Record<string, string>): Promise<{ jobNumber: string }> {
    const response = await fetch(`${stack.erp.url}/api/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(job),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { jobNumber: string };
  }

  it('creates the work order in the CMMS and writes its id back to the ERP job', async () => {
    const known = await listRunIds(stack.api, FLOW);
    const job = await raiseJob({
      asset: 'PUMP-07',
      description: 'Mechanical seal leaking on cooling water pump',
      priority: 'High',
      dueDate: '15.12.2026',
      plant: 'Rotterdam',
    });

    const runId = await waitForNewRun(stack.api, FLOW, known);
    const run = await waitForRunToClose(stack.api, runId);

    expect(run.status, JSON.stringify(run, null, 2)).toBe('completed');
    expect(run.workflowId).toBe(`flow-${FLOW}-${runId}`);
    const workOrder = stack.cmms.workOrders().find((order) => order.externalRef === job.jobNumber);
    expect(workOrder).toMatchObject({
      title: 'Mechanical seal leaking on cooling water pump',
      assetTag: 'PUMP-07',
      priority: 1,
      dueAt: '2026-12-15T00:00:00.000Z',
    });
    const erpJob = stack.erp.jobs().find((candidate) => candidate.jobNumber === job.jobNumber);
    expect(erpJob).toMatchObject({ workOrderId: workOrder?.id, status: 'scheduled' });

    expect(run.steps.map((step) => [step.id, step.status])).toEqual([
      ['mapJob', 'succeeded'],
      ['createWorkOrder', 'succeeded'],
      ['updateErpJob', 'succeeded'],
    ]);
    expect(run.steps[0]?.output).toEqual({
      title: 'Mechanical seal leaking on cooling water pump',
      assetTag: 'PUMP-07',
      priority: 1,
      dueAt: '2026-12-15T00:00:00.000Z',
      externalRef: job.jobNumber,
    });
    expect(run.steps[1]?.output).toMatchObject({ status: 201, body: { id: workOrder?.id } });
  });

  it('finishes a run whose worker was killed mid-call, without a duplicate work order', async () => {
    const known = await listRunIds(stack.api, FLOW);
    stack.cmms.setResponseDelay(3_000);
    const job = await raiseJob({
      asset: 'COMP-12',
      description: 'Compressor vibration above threshold',
      priority: 'Medium',
      dueDate: '01.02.2027',
      plant: 'Rotterdam',
    });
    const runId = await waitForNewRun(stack.api, FLOW, known);

    // The CMMS has stored the order but not answered yet: the call is in flight.
    await poll('the CMMS to receive the work order', 30_000, async () =>
      stack.cmms.workOrders().find((order) => order.externalRef === job.jobNumber),
    );
    await stack.worker.kill('SIGKILL');
    stack.cmms.setResponseDelay(0);
    await stack.restartWorker();

    const run = await waitForRunToClose(stack.api, runId, 90_000);
    expect(run.status, JSON.stringify(run, null, 2)).toBe('completed');
    const orders = stack.cmms.workOrders().filter((order) => order.externalRef === job.jobNumber);
    expect(orders).toHaveLength(1); // the retried call reused the run's idempotency key
    expect(stack.erp.jobs().find((candidate) => candidate.jobNumber === job.jobNumber)?.workOrderId).toBe(
      orders[0]?.id,
    );
    expect(
      run.steps.find((step) => step.id === 'createWorkOrder')?.attempts,
      JSON.stringify(run.steps),
    ).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('fails the run at the CMMS step with the connector error when the CMMS is down', async () => {
    const known = await listRunIds(stack.api, FLOW);
    await stack.cmms.close();
    const job = await raiseJob({
      asset: 'VALVE-3',
      description: 'Valve actuator stuck',
      priority: 'Low',
      dueDate: '10.01.2027',
      plant: 'Rotterdam',
    });

    const runId = await waitForNewRun(stack.api, FLOW, known);
    const run = await waitForRunToClose(stack.api, runId, 90_000);

    expect(run.status).toBe('failed');
    expect(run.steps.map((step) => [step.id, step.status])).toEqual([
      ['mapJob', 'succeeded'],
      ['createWorkOrder', 'failed'],
      ['updateErpJob', 'skipped'],
    ]);
    const failed = run.steps[1];
    expect(failed?.attempts).toBe(4); // the flow's retry policy, exhausted
    expect(failed?.error?.message).toMatch(/ECONNREFUSED|connect|refused/i);
    expect(JSON.stringify(run)).not.toContain(stack.secrets.cmmsApiKey);
    expect(stack.erp.jobs().find((candidate) => candidate.jobNumber === job.jobNumber)?.workOrderId).toBeNull();
  }, 120_000);
});
