import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeyAuthenticator } from './api-key.authenticator';
import {
  AuthenticationRequiredError,
  CsrfHeaderMissingError,
  InsufficientScopeError,
  RouteAccessUndeclaredError,
} from './auth.errors';
import { attachPrincipal, type Principal } from './principal';
import { ROUTE_ACCESS, type RouteAccess } from './route-access.decorator';
import { grantsScope } from './scopes';
import { readSessionCookie } from './session-cookie';
import { SessionAuthenticator } from './session.authenticator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: every route states its access with @Public,
 * @RequireAuthentication or @RequireScope, and a route that states nothing is
 * refused. Credentials: `Authorization: Bearer <api key>`, else the session
 * cookie (whose writes must carry `X-Requested-With` against CSRF).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiKeyAuthenticator) private readonly apiKeys: ApiKeyAuthenticator,
    @Inject(SessionAuthenticator) private readonly sessions: SessionAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) throw new RouteAccessUndeclaredError(`${request.method} ${request.route?.path ?? request.path}`);
    if (access.kind === 'public') return true;
    const principal = await this.authenticate(request);
    if (access.kind === 'scope' && !grantsScope(principal.scopes, access.scope)) {
      throw new InsufficientScopeError(access.scope);
    }
    attachPrincipal(request, principal);
    return true;
  }

  private async authenticate(request: Request): Promise<Principal> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      const principal = match?.[1] ? await this.apiKeys.authenticate(match[1]) : null;
      if (!principal) throw new AuthenticationRequiredError('invalid');
      return principal;
    }
    const token = readSessionCookie(request);
    if (token === undefined) throw new AuthenticationRequiredError('missing');
    const principal = await this.sessions.authenticate(token);
    if (!principal) throw new AuthenticationRequiredError('invalid');
    if (!SAFE_METHODS.has(request.method) && !request.headers['x-requested-with']) throw new CsrfHeaderMissingError();
    return principal;
  }
}
