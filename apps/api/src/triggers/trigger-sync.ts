import { type Prisma, newId } from '@tributary/db';
import type { FlowTrigger } from '@tributary/workflows/flow-definition';
import { toJsonValue } from '../database/json-value';
import { WebhookPathTakenError } from '../flows/flows.errors';

/**
 * Inside the publish transaction: makes the flow's Trigger rows follow the
 * version being published. A flow has one live trigger, of the kind its
 * latest version declares; its row is reused across versions (so its id,
 * its stored cursor and whether an operator disabled it survive
 * re-publishing), and rows of other kinds are retired (disabled, webhook
 * path released). Returns the ids whose Temporal side must be reconciled
 * after the transaction commits.
 */
export async function syncFlowTriggers(
  tx: Prisma.TransactionClient,
  flowId: string,
  trigger: FlowTrigger,
): Promise<string[]> {
  const rows = await tx.trigger.findMany({ where: { flowId } });
  const current = rows.find((row) => row.kind === trigger.kind);
  const retired = rows.filter((row) => row !== current && (row.enabled || row.path !== null));
  for (const row of retired) {
    await tx.trigger.update({ where: { id: row.id }, data: { enabled: false, path: null } });
  }
  const path = trigger.kind === 'webhook' ? trigger.path : null;
  if (path !== null) {
    const holder = await tx.trigger.findUnique({ where: { path } });
    if (holder && holder.flowId !== flowId) throw new WebhookPathTakenError(path);
  }
  const config = toJsonValue(trigger);
  let triggerId: string;
  if (current) {
    // A webhook row that was retired and comes back is enabled again; anything else keeps the operator's choice.
    const enabled = current.kind === 'webhook' && current.path === null ? true : current.enabled;
    await tx.trigger.update({ where: { id: current.id }, data: { path, config, enabled } });
    triggerId = current.id;
  } else {
    triggerId = newId('trigger');
    await tx.trigger.create({ data: { id: triggerId, flowId, kind: trigger.kind, path, config } });
  }
  return [triggerId, ...retired.map((row) => row.id)];
}
