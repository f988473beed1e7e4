import type { TokenBucketDecision } from '@tributary/db';
import type { RateLimitSetting } from '../config/app-config';

/**
 * The `RateLimit-Policy` and `RateLimit` fields of
 * draft-ietf-httpapi-ratelimit-headers-10 (structured-field lists): the policy
 * names the quota `q` and its window `w` in seconds; `RateLimit` the remaining
 * quota `r` and seconds `t` until it is whole again. A token bucket maps onto
 * them as q = burst and w = the time an empty bucket takes to refill.
 *
 * @example rateLimitHeaders('api', { perSecond: 100, burst: 200 }, decision)
 * // { 'RateLimit-Policy': '"api";q=200;w=2', RateLimit: '"api";r=199;t=1' }
 */
export function rateLimitHeaders(
  policy: string,
  setting: RateLimitSetting,
  decision: TokenBucketDecision,
): Record<string, string> {
  const window = Math.max(1, Math.ceil(setting.burst / setting.perSecond));
  return {
    'RateLimit-Policy': `"${policy}";q=${setting.burst};w=${window}`,
    RateLimit: `"${policy}";r=${decision.remaining};t=${Math.ceil(decision.resetMs / 1000)}`,
  };
}
