import { z } from 'zod';
import 'zod-openapi';

export const FieldError = z
  .object({
    path: z.string().meta({ description: 'where the problem is, e.g. "definition.steps[1].connector"' }),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem document: the one error shape of the API. */
export const ProblemDetails = z
  .looseObject({
    type: z.string().meta({ example: 'https://tributary.dev/problems/resource_not_found' }),
    code: z.string().meta({ description: 'stable machine-readable code; the last segment of `type`' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().meta({ description: 'the request path' }),
    errors: z.array(FieldError).optional().meta({ description: 'every invalid field, for validation problems' }),
  })
  .meta({ id: 'ProblemDetails', description: 'RFC 9457 problem details (application/problem+json)' });
export type ProblemDetails = z.infer<typeof ProblemDetails>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
