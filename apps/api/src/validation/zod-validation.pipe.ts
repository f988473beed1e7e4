import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { fieldErrorsFromZod } from './field-errors';
import { InvalidRequestError } from './invalid-request.error';

/**
 * Parses a body, query or param with a zod schema — the same schema the
 * OpenAPI document is generated from — and answers 400 `invalid_request`
 * listing every invalid field.
 *
 * @example `@Query(new ZodValidationPipe(ListQuery)) query: ListQuery`
 */
export class ZodValidationPipe<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    const result = this.schema.safeParse(value);
    if (!result.success) throw new InvalidRequestError(fieldErrorsFromZod(result.error.issues));
    return result.data;
  }
}
