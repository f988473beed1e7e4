import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AuthenticationRequiredError } from './auth.errors';
import { principalOf, type Principal } from './principal';

/** The caller the access guard authenticated; only on routes that are not @Public. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = principalOf(context.switchToHttp().getRequest<Request>());
  if (!principal) throw new AuthenticationRequiredError('missing');
  return principal;
});
