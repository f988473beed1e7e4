import {
  HttpException,
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IdempotencyKey } from '@tributary/db';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { principalOf } from '../auth/principal';
import { ApiProblem } from '../problem/api-problem';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details';
import { toProblemDetails } from '../problem/problem-exception.filter';
import { IDEMPOTENT } from './idempotent.decorator';
import {
  IdempotencyKeyReusedError,
  IdempotentRequestInProgressError,
  InvalidIdempotencyKeyError,
} from './idempotency.errors';
import { IdempotencyKeyStore } from './idempotency-key.store';
import { requestFingerprint } from './request-fingerprint';

const MAX_KEY_LENGTH = 255;
/** response headers a replay repeats; the rest (rate limits, dates) describe the new request */
const REPLAYED_HEADERS = ['location'];

/**
 * `Idempotency-Key` on routes marked @Idempotent, with Stripe's semantics:
 * the same caller sending the same key and body within 24 h gets the first
 * response again (status, body, `Location`), marked `Idempotent-Replayed:
 * true`; the same key with another body or endpoint is a 422; a retry while
 * the first request still runs is a 409. Outcomes that are final (2xx, 4xx)
 * are kept; a 5xx forgets the key so a retry can act.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(IdempotencyKeyStore) private readonly store: IdempotencyKeyStore,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler())) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.get('idempotency-key');
    const principal = principalOf(request);
    if (key === undefined || !principal) return next.handle();
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw new InvalidIdempotencyKeyError(key.length);

    const path = request.originalUrl.split('?')[0] ?? request.path;
    const claim = {
      principal: principal.id,
      key,
      requestHash: requestFingerprint(request.body),
      method: request.method,
      path,
    };
    const outcome = await this.store.claim(claim);
    if (!outcome.claimed) {
      assertSameRequest(outcome.existing, claim);
      if (outcome.existing.responseStatus === null) {
        if (!(await this.store.takeOverAbandoned(outcome.existing))) throw new IdempotentRequestInProgressError();
      } else {
        return of(replay(outcome.existing, response));
      }
    }

    return next.handle().pipe(
      mergeMap((body) =>
        from(
          this.store
            .complete(principal.id, key, { status: response.statusCode, body, headers: replayedHeaders(response) })
            .then(() => body),
        ),
      ),
      catchError(async (error: unknown) => {
        const status = statusOf(error);
        if (status >= 400 && status < 500) {
          await this.store.complete(principal.id, key, { status, body: toProblemDetails(error, path), headers: {} });
        } else {
          await this.store.release(principal.id, key);
        }
        throw error;
      }),
    );
  }
}

function assertSameRequest(existing: IdempotencyKey, claim: { method: string; path: string; requestHash: string }) {
  if (existing.method !== claim.method || existing.path !== claim.path) throw new IdempotencyKeyReusedError('endpoint');
  if (existing.requestHash !== claim.requestHash) throw new IdempotencyKeyReusedError('body');
}

function replay(existing: IdempotencyKey, response: Response): unknown {
  const status = existing.responseStatus ?? 200;
  response.status(status);
  const headers = (existing.responseHeaders ?? {}) as Record<string, string>;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (status >= 400) response.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  response.setHeader('Idempotent-Replayed', 'true');
  return existing.responseBody ?? undefined;
}

function replayedHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

function statusOf(error: unknown): number {
  if (error instanceof ApiProblem) return error.status;
  if (error instanceof HttpException) return error.getStatus();
  return 500;
}
