import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { ListQuery, ListResponse } from '../pagination/list-page';

export const ConnectionName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/,
    'name must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit',
  )
  .meta({ description: 'what flow steps refer to in `connection`', example: 'erp-prod' });

export const ConnectionRateLimit = z
  .strictObject({
    requestsPerSecond: z.number().positive().max(10_000).meta({
      description: 'sustained requests per second the system accepts from this connection, all workers together',
      example: 10,
    }),
    burst: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .meta({
        description:
          'how many requests may go at once after a quiet period (default 1: requests are spread evenly); ' +
          'in any one second at most burst + requestsPerSecond requests reach the system',
        example: 2,
      }),
  })
  .meta({
    id: 'ConnectionRateLimit',
    description:
      'Throttles every request Tributary sends on behalf of this connection, across all workers. HTTP connectors ' +
      'count each request (retries and pages included); other connectors count each action.',
  });
export type ConnectionRateLimit = z.output<typeof ConnectionRateLimit>;

export const ConnectionCreateRequest = z
  .object({
    name: ConnectionName,
    connector: z.string().min(1).max(100).meta({ description: 'connector package name', example: 'http' }),
    config: z
      .record(z.string(), z.unknown())
      .default({})
      .refine((config) => !Object.hasOwn(config, 'rateLimit'), {
        path: ['rateLimit'],
        message: 'set the rate limit with the top-level rateLimit field',
      })
      .meta({ description: 'non-secret settings, shown back as they are (base URL, header names)' }),
    rateLimit: ConnectionRateLimit.optional(),
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
    rateLimit: ConnectionRateLimit.nullable().meta({ description: 'null when the connection has no rate limit' }),
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

/** Top-level JSON Merge Patch (RFC 7396) of a record: a value sets a field, `null` removes it, an absent field is kept. */
const RecordPatch = z.record(z.string().min(1), z.unknown());

export const ConnectionUpdateRequest = z
  .strictObject({
    name: ConnectionName.optional().meta({
      description: 'a new name; refused with 409 while a published flow version uses the old one, unless `?force=true`',
    }),
    config: RecordPatch.refine((config) => !Object.hasOwn(config, 'rateLimit'), {
      path: ['rateLimit'],
      message: 'set the rate limit with the top-level rateLimit field',
    })
      .optional()
      .meta({
        description: 'merged field by field into the stored settings: a value sets a field, `null` removes it',
        example: { baseUrl: 'https://erp.example.com' },
      }),
    rateLimit: ConnectionRateLimit.nullable().optional().meta({ description: '`null` removes the rate limit' }),
    secrets: RecordPatch.optional().meta({
      description:
        'merged field by field into the stored secrets: a field not sent keeps its stored value, a value replaces it, ' +
        '`null` removes it. Never returned.',
      example: { password: 'new-password', legacyToken: null },
    }),
  })
  .meta({ id: 'ConnectionUpdateRequest' });
export type ConnectionUpdateRequest = z.output<typeof ConnectionUpdateRequest>;

const ForceFlag = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true')
  .meta({ description: 'go ahead although published flow versions use the connection by its name' });

export const ConnectionDeleteQuery = z.strictObject({ force: ForceFlag });
export type ConnectionDeleteQuery = z.output<typeof ConnectionDeleteQuery>;
export const ConnectionUpdateQuery = z.strictObject({ force: ForceFlag });
export type ConnectionUpdateQuery = z.output<typeof ConnectionUpdateQuery>;

export const ConnectionReference = z
  .object({
    flow: z.string().meta({ description: 'slug of the flow' }),
    version: z.number().int().meta({ description: 'published version that names the connection' }),
    path: z
      .string()
      .meta({ description: 'JSON Pointer of the field inside the definition', example: '/steps/0/connection' }),
  })
  .meta({ id: 'ConnectionReference' });
export type ConnectionReference = z.output<typeof ConnectionReference>;

export const ConnectionTestResult = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      checkedAt: z.iso.datetime(),
      durationMs: z.number().int().min(0),
      verified: z.enum(['connection', 'schema']).meta({
        description:
          '`connection`: the connector reached the system with these credentials; `schema`: the connector has no ' +
          'check, only the settings were validated against its auth schema',
      }),
      message: z.string().optional(),
    }),
    z.object({
      ok: z.literal(false),
      checkedAt: z.iso.datetime(),
      durationMs: z.number().int().min(0),
      error: z
        .object({
          code: z.string().meta({ example: 'AUTHENTICATION_FAILED' }),
          message: z.string().meta({ description: 'what the system answered; never contains a secret value' }),
        })
        .meta({ id: 'ConnectionTestError' }),
    }),
  ])
  .meta({ id: 'ConnectionTestResult' });
export type ConnectionTestResult = z.output<typeof ConnectionTestResult>;

export const OAuth2AuthorizationResource = z
  .object({
    object: z.literal('oauth2_authorization'),
    authorizationUrl: z.url().meta({
      description: "send the user's browser here; the provider redirects back to `redirectUri`",
    }),
    redirectUri: z.url().meta({ description: 'must be registered with the provider for this client' }),
    expiresAt: z.iso.datetime().meta({ description: 'the authorization must be completed before this time' }),
  })
  .meta({ id: 'OAuth2Authorization' });
export type OAuth2AuthorizationResource = z.output<typeof OAuth2AuthorizationResource>;

export const OAuth2CallbackQuery = z
  .object({
    code: z.string().min(1).max(4096).optional().meta({ description: 'authorization code (on success)' }),
    state: z.string().min(1).max(200).meta({ description: 'the state Tributary put into the authorization URL' }),
    error: z.string().max(200).optional().meta({ description: 'OAuth2 error code (on failure), e.g. access_denied' }),
    error_description: z.string().max(2000).optional(),
    error_uri: z.string().max(2000).optional(),
  })
  .refine((query) => query.code !== undefined || query.error !== undefined, {
    path: ['code'],
    message: 'the provider sent neither a code nor an error',
  });
export type OAuth2CallbackQuery = z.output<typeof OAuth2CallbackQuery>;
