import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import type { Principal } from './principal';
import { scopesOfRole } from './scopes';
import { sha256Hex } from './secret-token';

const LAST_SEEN_RESOLUTION_MS = 60_000;

/** Resolves the session cookie's token to the signed-in user. */
@Injectable()
export class SessionAuthenticator {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async authenticate(token: string): Promise<Principal | null> {
    const session = await this.prisma.session.findUnique({
      where: { tokenHash: sha256Hex(token) },
      include: { user: { select: { id: true, email: true, role: true } } },
    });
    const now = new Date();
    if (!session || session.expiresAt <= now) return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
      void this.prisma.session
        .updateMany({ where: { id: session.id }, data: { lastSeenAt: now } })
        .catch(() => undefined);
    }
    return {
      kind: 'user',
      id: session.user.id,
      email: session.user.email,
      role: session.user.role,
      scopes: scopesOfRole(session.user.role),
      sessionId: session.id,
    };
  }
}
