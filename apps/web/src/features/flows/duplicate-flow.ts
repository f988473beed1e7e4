import { createFlow, getFlowDocument } from '../../api/flows.api';
import { flowCopyRequest, flowCopySlugs } from './flow-copy';
import { problemCode } from './flow-problems';

/**
 * Copies a flow's draft into a new flow "<name> (copy)" under the first free
 * slug of "<slug>-copy", "<slug>-copy-2", … The API is the judge of which
 * slugs are taken (the list page may not show every flow), so each taken one
 * answers 409 and the next is tried.
 */
export async function duplicateFlow(slug: string) {
  const flow = await getFlowDocument(slug);
  const candidates = flowCopySlugs(flow.slug);
  for (const [index, candidate] of candidates.entries()) {
    try {
      return await createFlow(flowCopyRequest(flow, candidate), crypto.randomUUID());
    } catch (error) {
      const last = index === candidates.length - 1;
      if (last || problemCode(error) !== 'flow_slug_taken') throw error;
    }
  }
  throw new Error(`no free slug for a copy of ${slug}`);
}
