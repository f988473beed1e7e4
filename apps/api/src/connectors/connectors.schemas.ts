import { z } from 'zod';
import 'zod-openapi';
import { ListResponse } from '../pagination/list-page';

const JsonSchemaObject = z.record(z.string(), z.unknown()).meta({ description: 'a JSON Schema (2020-12)' });

export const ConnectorManifestSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    displayName: z.string(),
    description: z.string().optional(),
    auth: JsonSchemaObject.meta({ description: 'the connection form; secret fields carry `secret: true`' }),
    actions: z.record(
      z.string(),
      z.object({
        displayName: z.string(),
        description: z.string().optional(),
        input: JsonSchemaObject,
        output: JsonSchemaObject,
      }),
    ),
  })
  .meta({ id: 'ConnectorManifest' });

export const ConnectorSummary = z
  .object({
    object: z.literal('connector'),
    name: z.string().meta({ example: 'http' }),
    displayName: z.string(),
    description: z.string().nullable(),
    latestVersion: z.string().meta({ example: '0.1.0' }),
    /** newest first */
    versions: z.array(z.string()),
    actions: z.array(z.string()).meta({ description: 'action names of the latest version' }),
  })
  .meta({ id: 'ConnectorSummary' });
export type ConnectorSummary = z.infer<typeof ConnectorSummary>;

export const ConnectorResource = ConnectorSummary.extend({ manifest: ConnectorManifestSchema }).meta({
  id: 'Connector',
});
export type ConnectorResource = z.infer<typeof ConnectorResource>;

export const ConnectorVersionResource = z
  .object({
    object: z.literal('connector_version'),
    name: z.string(),
    version: z.string(),
    registeredAt: z.iso.datetime(),
    manifest: ConnectorManifestSchema,
  })
  .meta({ id: 'ConnectorVersion' });
export type ConnectorVersionResource = z.infer<typeof ConnectorVersionResource>;

export const ConnectorList = ListResponse(ConnectorSummary).meta({ id: 'ConnectorList' });

export const ConnectorPathParams = z.object({ name: z.string().meta({ example: 'http' }) });
export const ConnectorVersionPathParams = ConnectorPathParams.extend({
  version: z.string().meta({ example: '0.1.0' }),
});
