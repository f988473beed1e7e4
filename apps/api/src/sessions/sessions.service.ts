import { Inject, Injectable } from '@nestjs/common';
import { type PrismaClient, type Session, type User, newId } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from '../auth/password-hash';
import { scopesOfRole } from '../auth/scopes';
import { newSecretToken, sha256Hex } from '../auth/secret-token';
import { SESSION_TTL_MS } from '../auth/session-cookie';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError } from '../problem/api-problem';
import { InvalidLoginError, SetupAlreadyDoneError } from './sessions.errors';
import type { SessionCreateRequest, SessionResource, SetupRequest } from './sessions.schemas';

export interface StartedSession {
  session: SessionResource;
  /** goes into the cookie only; the table keeps its sha256 */
  token: string;
  expiresAt: Date;
}

// Serialises first-run setups: of two racing, one creates the admin and the other gets 409.
const SETUP_LOCK = 0x7472_6273; // "trbs"

/** First-run setup, sign-in and sign-out of web-app users. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  /** Whether first-run setup is still to do: no user exists yet. */
  async setupRequired(): Promise<boolean> {
    return (await this.prisma.user.count()) === 0;
  }

  /** Creates the first user, an admin, and signs them in; 409 once any user exists. */
  async setup(request: SetupRequest): Promise<StartedSession> {
    const passwordHash = await hashPassword(request.password);
    const user = await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
      if ((await tx.user.count()) > 0) throw new SetupAlreadyDoneError();
      const created = await tx.user.create({
        data: {
          id: newId('user'),
          email: request.email.toLowerCase(),
          name: request.name ?? null,
          passwordHash,
          role: 'admin',
        },
      });
      await this.audit.record(tx, {
        actor: created.id,
        action: 'user.created',
        targetType: 'user',
        targetId: created.id,
        data: { email: created.email, role: created.role, via: 'setup' },
      });
      return created;
    });
    return this.start(user);
  }

  async login(request: SessionCreateRequest): Promise<StartedSession> {
    const user = await this.prisma.user.findUnique({ where: { email: request.email.toLowerCase() } });
    // An unknown e-mail costs a hash check too, so timing does not reveal which users exist.
    const valid = await verifyPassword(request.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid) throw new InvalidLoginError();
    return this.start(user);
  }

  async current(sessionId: string): Promise<SessionResource> {
    const session = await this.prisma.session.findUnique({ where: { id: sessionId }, include: { user: true } });
    if (!session) throw new ResourceNotFoundError('session', sessionId);
    return presentSession(session, session.user);
  }

  async logout(sessionId: string): Promise<void> {
    await this.prisma.session.deleteMany({ where: { id: sessionId } });
  }

  private async start(user: User): Promise<StartedSession> {
    const token = newSecretToken('');
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    const session = await this.prisma.session.create({
      data: { id: newId('session'), tokenHash: sha256Hex(token), userId: user.id, expiresAt },
    });
    return { session: presentSession(session, user), token, expiresAt };
  }
}

function presentSession(session: Session, user: User): SessionResource {
  return {
    id: session.id,
    object: 'session',
    user: { id: user.id, object: 'user', email: user.email, name: user.name, role: user.role },
    scopes: [...scopesOfRole(user.role)],
    expiresAt: session.expiresAt.toISOString(),
  };
}
