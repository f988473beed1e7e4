/**
 * What an API key or a session may do. `admin` implies every scope; a
 * `<resource>:write` scope implies `<resource>:read` (whoever may change a
 * thing may look at it). Connections have no read scope of their own: their
 * secrets are write-only, so reading them needs only `flows:read` — editing a
 * flow means picking its connections.
 */
export const SCOPES = ['flows:read', 'flows:write', 'runs:read', 'runs:write', 'connections:write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

/** Session users get their scopes from their role. */
export const ROLE_SCOPES = {
  admin: ['admin'],
  editor: ['flows:write', 'runs:write', 'connections:write'],
  viewer: ['flows:read', 'runs:read'],
} as const satisfies Record<string, readonly Scope[]>;
export type Role = keyof typeof ROLE_SCOPES;
export const ROLES = Object.keys(ROLE_SCOPES) as Role[];

const IMPLIED_BY_WRITE: Partial<Record<Scope, Scope>> = {
  'flows:read': 'flows:write',
  'runs:read': 'runs:write',
};

/** True when `held` lets its holder act with `required`. */
export function grantsScope(held: readonly string[], required: Scope): boolean {
  if (held.includes('admin') || held.includes(required)) return true;
  const writer = IMPLIED_BY_WRITE[required];
  return writer !== undefined && held.includes(writer);
}

/** The scopes of `requested` that `held` does not grant: what a new key may not receive. */
export function scopesNotGranted(held: readonly string[], requested: readonly Scope[]): Scope[] {
  return requested.filter((scope) => !grantsScope(held, scope));
}

export function scopesOfRole(role: string): readonly Scope[] {
  return role in ROLE_SCOPES ? ROLE_SCOPES[role as Role] : [];
}
