import { SetMetadata } from '@nestjs/common';

/**
 * Whose bucket a public route spends. Authenticated routes always spend the
 * caller's (API key or user); public routes are limited only when they say so.
 */
export type RateLimitSubject = 'webhook-path' | 'client-address';

export const RATE_LIMIT_SUBJECT = 'tributary:rate-limit-subject';

export const RateLimitBy = (subject: RateLimitSubject) => SetMetadata(RATE_LIMIT_SUBJECT, subject);
