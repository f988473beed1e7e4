import { ApiProblem } from '../problem/api-problem';
import { describeFieldErrors } from '../validation/invalid-request.error';
import type { DefinitionProblem } from './flow-definition-check';

/** 400 listing every problem of a flow body, each with its path and JSON pointer. */
export class InvalidFlowDefinitionError extends ApiProblem {
  constructor(readonly errors: DefinitionProblem[]) {
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

export class FlowConnectionsMissingError extends ApiProblem {
  constructor(missingConnections: string[]) {
    super({
      status: 409,
      code: 'flow_connections_missing',
      title: 'Connections missing',
      detail:
        `The flow references connections that do not exist here: ${missingConnections.join(', ')}. ` +
        'Create them, or import without publishing to save the draft.',
      extensions: { missingConnections },
    });
  }
}

export class FlowHasRunningRunsError extends ApiProblem {
  constructor(slug: string, running: number) {
    super({
      status: 409,
      code: 'flow_has_running_runs',
      title: 'Flow has running runs',
      detail: `Flow "${slug}" has ${running} running run(s); cancel them first or delete with ?force=true.`,
      extensions: { running },
    });
  }
}
