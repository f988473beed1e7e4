import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PostgresTokenBucket, type PrismaClient } from '@tributary/db';
import type { Request, Response } from 'express';
import { principalOf } from '../auth/principal';
import { APP_CONFIG, type AppConfig, type RateLimitSetting } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { RATE_LIMIT_SUBJECT, type RateLimitSubject } from './rate-limit.decorator';
import { RateLimitExceededError } from './rate-limit.errors';
import { rateLimitHeaders } from './ratelimit-headers';

/**
 * Token buckets in Postgres, so a limit holds across API processes. Runs
 * after the access guard (registered after it), so it knows the caller.
 * Every limited response carries `RateLimit-Policy` and `RateLimit`; a
 * refusal is a 429 problem with `Retry-After`.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly buckets: PostgresTokenBucket;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(PRISMA) prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.buckets = new PostgresTokenBucket(prisma);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const bucket = this.bucketFor(
      request,
      this.reflector.get<RateLimitSubject>(RATE_LIMIT_SUBJECT, context.getHandler()),
    );
    if (!bucket) return true;
    const decision = await this.buckets.take(bucket.key, {
      capacity: bucket.setting.burst,
      refillPerSecond: bucket.setting.perSecond,
    });
    context
      .switchToHttp()
      .getResponse<Response>()
      .set(rateLimitHeaders(bucket.policy, bucket.setting, decision));
    if (!decision.allowed) throw new RateLimitExceededError(bucket.policy, decision.retryAfterMs);
    return true;
  }

  private bucketFor(
    request: Request,
    subject: RateLimitSubject | undefined,
  ): { key: string; policy: string; setting: RateLimitSetting } | undefined {
    const principal = principalOf(request);
    if (principal) return { key: `principal:${principal.id}`, policy: 'api', setting: this.config.rateLimits.api };
    if (subject === 'webhook-path') {
      const segments: unknown = request.params.path;
      const path = Array.isArray(segments) ? segments.join('/') : String(segments);
      return { key: `hook:${path}`, policy: 'webhook', setting: this.config.rateLimits.hooks };
    }
    if (subject === 'client-address') {
      // sign-in and setup: slows password guessing from one address
      return { key: `client:${request.ip ?? 'unknown'}`, policy: 'api', setting: this.config.rateLimits.api };
    }
    return undefined;
  }
}
