import { ApiProblem } from '../problem/api-problem';
import type { FieldError } from '../problem/problem-details';
import { describeFieldErrors } from '../validation/invalid-request.error';

export class InvalidFlowDefinitionError extends ApiProblem {
  constructor(readonly errors: FieldError[]) {
    super({
      status: 400,
      code: 'invalid_flow_definition',
      title: 'Invalid flow',
      detail: describeFieldErrors(errors),
      extensions: { errors },
    });
  }
}

export class FlowSlugTakenError extends ApiProblem {
  constructor(slug: string) {
    super({
      status: 409,
      code: 'flow_slug_taken',
      title: 'Flow slug already in use',
      detail: `A flow with slug "${slug}" already exists.`,
      extensions: { slug },
    });
  }
}

export class WebhookPathTakenError extends ApiProblem {
  constructor(path: string) {
    super({
      status: 409,
      code: 'webhook_path_taken',
      title: 'Webhook path already in use',
      detail: `Another flow already listens on /hooks/${path}.`,
      extensions: { path },
    });
  }
}
