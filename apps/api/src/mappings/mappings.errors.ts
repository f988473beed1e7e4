import { ApiProblem } from '../problem/api-problem';
import type { FieldError } from '../problem/problem-details';
import { describeFieldErrors } from '../validation/invalid-request.error';

export class InvalidMappingDefinitionError extends ApiProblem {
  constructor(readonly errors: FieldError[]) {
    super({
      status: 400,
      code: 'invalid_mapping_definition',
      title: 'Invalid field mapping',
      detail: describeFieldErrors(errors),
      extensions: { errors },
    });
  }
}

export class MappingNameTakenError extends ApiProblem {
  constructor(name: string) {
    super({
      status: 409,
      code: 'mapping_name_taken',
      title: 'Mapping name already in use',
      detail: `A mapping named "${name}" already exists.`,
      extensions: { name },
    });
  }
}
