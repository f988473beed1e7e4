import { z } from 'zod';
import 'zod-openapi';
import { ROLES } from '../auth/scopes';

const Email = z.email().max(254).meta({ example: 'ops@example.com' });

const UserName = z.string().trim().min(1).max(200).meta({ example: 'Dana Ops' });

export const SetupRequest = z
  .strictObject({
    name: UserName.optional().meta({ description: 'how the web app greets the user' }),
    email: Email,
    password: z.string().min(12, 'must be at least 12 characters').max(1024),
  })
  .meta({ id: 'SetupRequest', description: 'the first admin user' });
export type SetupRequest = z.output<typeof SetupRequest>;

export const SessionCreateRequest = z
  .strictObject({ email: Email, password: z.string().min(1).max(1024) })
  .meta({ id: 'SessionCreateRequest' });
export type SessionCreateRequest = z.output<typeof SessionCreateRequest>;

export const UserSummary = z
  .object({
    id: z.string(),
    object: z.literal('user'),
    email: z.string(),
    name: z.string().nullable().meta({ description: 'null when the user was created without one' }),
    role: z.enum(ROLES as [string, ...string[]]),
  })
  .meta({ id: 'User' });
export type UserSummary = z.output<typeof UserSummary>;

export const SessionResource = z
  .object({
    id: z.string(),
    object: z.literal('session'),
    user: UserSummary,
    scopes: z.array(z.string()).meta({ description: "what the session may do, from the user's role" }),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Session', description: 'a web-app session; its token travels only in the HttpOnly cookie' });
export type SessionResource = z.output<typeof SessionResource>;

export const SetupStatus = z
  .object({
    required: z.boolean().meta({ description: 'true while no user exists: the first run must create the admin' }),
  })
  .meta({ id: 'SetupStatus' });
export type SetupStatus = z.output<typeof SetupStatus>;
