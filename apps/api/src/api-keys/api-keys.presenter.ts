import type { ApiKey } from '@tributary/db';
import type { ApiKeyResource } from './api-keys.schemas';

export function presentApiKey(key: ApiKey): ApiKeyResource {
  return {
    id: key.id,
    object: 'api_key',
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
