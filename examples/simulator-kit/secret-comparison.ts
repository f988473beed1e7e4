import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a presented credential with the expected one in constant time, whatever their lengths. */
export function secretsEqual(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
