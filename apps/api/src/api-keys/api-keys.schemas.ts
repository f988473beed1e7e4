import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { SCOPES } from '../auth/scopes';
import { ListQuery, ListResponse } from '../pagination/list-page';

export const ScopeName = z.enum(SCOPES).meta({
  id: 'Scope',
  description: '`admin` implies every scope; `flows:write` implies `flows:read`, `runs:write` implies `runs:read`',
});

export const ApiKeyCreateRequest = z
  .strictObject({
    name: z.string().trim().min(1).max(100).meta({ example: 'ci-deployer' }),
    scopes: z
      .array(ScopeName)
      .min(1)
      .refine((scopes) => new Set(scopes).size === scopes.length, 'must not repeat a scope'),
  })
  .meta({ id: 'ApiKeyCreateRequest' });
export type ApiKeyCreateRequest = z.output<typeof ApiKeyCreateRequest>;

export const ApiKeyResource = z
  .object({
    id: z.string().regex(idPattern('apiKey')),
    object: z.literal('api_key'),
    name: z.string(),
    prefix: z
      .string()
      .meta({ description: 'the first characters of the key, to recognise it', example: 'trb_4fJ2kQ9x' }),
    scopes: z.array(z.string()),
    createdBy: z.string().nullable().meta({ description: 'the key or user that created it; null for ADMIN_API_KEY' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable().meta({ description: 'to the minute' }),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiKey', description: 'an API key; the key itself is shown once, when it is created' });
export type ApiKeyResource = z.output<typeof ApiKeyResource>;

export const ApiKeyWithSecret = ApiKeyResource.extend({
  key: z.string().meta({ description: 'the key: shown only in this response, store it now', example: 'trb_…' }),
}).meta({ id: 'ApiKeyWithSecret' });
export type ApiKeyWithSecret = z.output<typeof ApiKeyWithSecret>;

export const ApiKeyList = ListResponse(ApiKeyResource).meta({ id: 'ApiKeyList' });
export const ApiKeyListQuery = ListQuery;
export type ApiKeyListQuery = z.output<typeof ApiKeyListQuery>;

export const ApiKeyPathParams = z.object({ id: z.string().meta({ param: { description: 'API key id (key_…)' } }) });
