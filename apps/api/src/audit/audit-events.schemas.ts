import { z } from 'zod';
import 'zod-openapi';
import { ListQuery, ListResponse } from '../pagination/list-page';

export const AuditEventResource = z
  .object({
    id: z.string(),
    object: z.literal('audit_event'),
    actor: z.string().meta({ description: 'the API key (key_…) or user (usr_…) that acted; "system" otherwise' }),
    action: z.string().meta({ example: 'flow.published' }),
    targetType: z.string(),
    targetId: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventResource = z.output<typeof AuditEventResource>;

export const AuditEventList = ListResponse(AuditEventResource).meta({ id: 'AuditEventList' });

const filter = (description: string) =>
  z.string().min(1).max(200).optional().meta({ description, param: { description } });
const instant = (description: string) =>
  z.iso.datetime({ offset: true }).optional().meta({ description, param: { description } });

export const AuditEventListQuery = ListQuery.extend({
  targetType: filter('only events about this kind of resource, e.g. `flow`'),
  targetId: filter('only events about this resource'),
  actor: filter('only events by this key or user id'),
  action: filter('only this action, e.g. `api_key.revoked`'),
  createdAfter: instant('only events at or after this instant (ISO 8601)'),
  createdBefore: instant('only events before this instant (ISO 8601)'),
});
export type AuditEventListQuery = z.output<typeof AuditEventListQuery>;
