import { z } from 'zod';

/** A required, trimmed, non-empty string of at most `maxLength` characters, with the messages both simulators show. */
export function requiredText(maxLength: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : 'expected a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(maxLength, `at most ${maxLength} characters`);
}
