import type { CreateWorkOrderRequest, WorkOrder } from './work-order.schemas';

/** Asked to reuse an Idempotency-Key for a different request. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'idempotency_key_reused';
  constructor() {
    super('This Idempotency-Key was already used with a different request body');
    this.name = 'IdempotencyKeyReusedError';
  }
}

export interface Page<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
  nextPage: number | null;
}

/** The CMMS's in-memory work-order table, with the idempotency keys it has seen. */
export class WorkOrderStore {
  private readonly orders: WorkOrder[] = [];
  private readonly byIdempotencyKey = new Map<string, { fingerprint: string; id: string }>();
  private readonly sequenceByYear = new Map<number, number>();

  /**
   * Creates a work order. With an idempotency key already used for the same
   * request, returns the work order created then (`replayed: true`) instead.
   */
  create(
    request: CreateWorkOrderRequest,
    idempotencyKey?: string,
    now = new Date(),
  ): { workOrder: WorkOrder; replayed: boolean } {
    const fingerprint = fingerprintOf(request);
    if (idempotencyKey !== undefined) {
      const earlier = this.byIdempotencyKey.get(idempotencyKey);
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
        const workOrder = this.find(earlier.id);
        if (workOrder) return { workOrder, replayed: true };
      }
    }
    const year = now.getUTCFullYear();
    const sequence = (this.sequenceByYear.get(year) ?? 0) + 1;
    this.sequenceByYear.set(year, sequence);
    const workOrder: WorkOrder = {
      id: `WO-${year}-${String(sequence).padStart(6, '0')}`,
      title: request.title,
      assetTag: request.assetTag,
      priority: request.priority,
      dueAt: request.dueAt,
      status: 'open',
      ...(request.description !== undefined && { description: request.description }),
      ...(request.externalRef !== undefined && { externalRef: request.externalRef }),
      createdAt: now.toISOString(),
    };
    this.orders.push(workOrder);
    if (idempotencyKey !== undefined) this.byIdempotencyKey.set(idempotencyKey, { fingerprint, id: workOrder.id });
    return { workOrder: { ...workOrder }, replayed: false };
  }

  find(id: string): WorkOrder | undefined {
    const workOrder = this.orders.find((order) => order.id === id);
    return workOrder && { ...workOrder };
  }

  list(): WorkOrder[] {
    return this.orders.map((order) => ({ ...order }));
  }

  /** Oldest first, so page N stays stable while new work orders arrive. */
  page(page: number, pageSize: number, filter: { externalRef?: string } = {}): Page<WorkOrder> {
    const matching = this.orders.filter(
      (order) => filter.externalRef === undefined || order.externalRef === filter.externalRef,
    );
    const start = (page - 1) * pageSize;
    return {
      data: matching.slice(start, start + pageSize).map((order) => ({ ...order })),
      page,
      pageSize,
      total: matching.length,
      nextPage: start + pageSize < matching.length ? page + 1 : null,
    };
  }
}

/** Key order of the JSON body must not matter when comparing two requests. */
function fingerprintOf(request: CreateWorkOrderRequest): string {
  const entries = Object.entries(request).filter(([, value]) => value !== undefined);
  return JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
}
