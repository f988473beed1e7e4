import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { AccessGuard } from './access.guard';
import type { ApiKeyAuthenticator } from './api-key.authenticator';
import { RouteAccessUndeclaredError } from './auth.errors';
import { Public, RequireScope } from './route-access.decorator';
import type { SessionAuthenticator } from './session.authenticator';

class Routes {
  undeclared() {}
  @Public()
  open() {}
  @RequireScope('runs:write')
  guarded() {}
}

const nobody = { authenticate: async () => null };
const guard = new AccessGuard(
  new Reflector(),
  nobody as unknown as ApiKeyAuthenticator,
  nobody as unknown as SessionAuthenticator,
);

function contextFor(handler: keyof Routes): ExecutionContext {
  const request = { method: 'GET', path: `/${handler}`, headers: {} };
  return {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  it('refuses a route that declares no access requirement', async () => {
    await expect(guard.canActivate(contextFor('undeclared'))).rejects.toBeInstanceOf(RouteAccessUndeclaredError);
  });

  it('lets a public route through without credentials', async () => {
    await expect(guard.canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('asks a scoped route for credentials', async () => {
    await expect(guard.canActivate(contextFor('guarded'))).rejects.toMatchObject({ status: 401 });
  });
});
