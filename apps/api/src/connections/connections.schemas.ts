import { z } from 'zod';
import 'zod-openapi';
import { idPattern } from '../ids/resource-id';
import { ListQuery, ListResponse } from '../pagination/list-page';

export const ConnectionName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/,
    'name must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit',
  )
  .meta({ description: 'what flow steps refer to in `connection`', example: 'erp-prod' });

export const ConnectionCreateRequest = z
  .object({
    name: ConnectionName,
    connector: z.string().min(1).max(100).meta({ description: 'connector package name', example: 'http' }),
    config: z
      .record(z.string(), z.unknown())
      .default({})
      .meta({ description: 'non-secret settings, shown back as they are (base URL, header names)' }),
    secrets: z.record(z.string(), z.unknown()).meta({
      description: 'credentials; encrypted at rest and never returned — responses list only their field names',
      example: { apiKey: '…' },
    }),
  })
  .meta({ id: 'ConnectionCreateRequest' });
export type ConnectionCreateRequest = z.output<typeof ConnectionCreateRequest>;

export const ConnectionResource = z
  .object({
    id: z.string().regex(idPattern('connection')),
    object: z.literal('connection'),
    name: ConnectionName,
    connector: z.string(),
    config: z.record(z.string(), z.unknown()),
    secretFields: z.array(z.string()).meta({ description: 'names of the stored secret fields; never their values' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Connection' });
export type ConnectionResource = z.output<typeof ConnectionResource>;

export const DeletedConnection = z
  .object({ id: z.string(), object: z.literal('connection'), deleted: z.literal(true) })
  .meta({ id: 'DeletedConnection' });
export type DeletedConnection = z.output<typeof DeletedConnection>;

export const ConnectionList = ListResponse(ConnectionResource).meta({ id: 'ConnectionList' });
export const ConnectionListQuery = ListQuery;
export type ConnectionListQuery = z.output<typeof ConnectionListQuery>;
export const ConnectionPathParams = z.object({
  idOrName: z.string().meta({ param: { description: 'connection id (conn_…) or name' } }),
});
