import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Scope } from './scopes';

/** Who is calling: an API key or a signed-in user. */
export type Principal =
  | { kind: 'apiKey'; id: string; scopes: readonly string[] }
  | { kind: 'user'; id: string; scopes: readonly Scope[]; sessionId: string; email: string; role: string };

interface RequestContext {
  principal?: Principal;
}

const requestContext = new AsyncLocalStorage<RequestContext>();

/**
 * Express middleware giving each request a context the access guard fills
 * in, so code far from the controller (the audit log) knows the actor
 * without every service passing it along. Installed after the body parsers:
 * their stream callbacks would not carry the context.
 */
export function withRequestContext(_req: Request, _res: Response, next: NextFunction): void {
  requestContext.run({}, next);
}

export function setCurrentPrincipal(principal: Principal): void {
  const context = requestContext.getStore();
  if (context) context.principal = principal;
}

/** The caller of the request being handled; undefined outside a request or on public routes. */
export function currentPrincipal(): Principal | undefined {
  return requestContext.getStore()?.principal;
}

const PRINCIPAL = Symbol('principal');
type RequestWithPrincipal = Request & { [PRINCIPAL]?: Principal };

export function attachPrincipal(request: Request, principal: Principal): void {
  (request as RequestWithPrincipal)[PRINCIPAL] = principal;
  setCurrentPrincipal(principal);
}

export function principalOf(request: Request): Principal | undefined {
  return (request as RequestWithPrincipal)[PRINCIPAL];
}
