import { ApiProblem } from '../problem/api-problem';

export class WebhookNotFoundError extends ApiProblem {
  constructor(path: string) {
    super({
      status: 404,
      code: 'webhook_not_found',
      title: 'No webhook at this path',
      detail: `No published flow listens on /hooks/${path}.`,
      extensions: { path },
    });
  }
}

export class FlowNotPublishedError extends ApiProblem {
  constructor(flowSlug: string) {
    super({
      status: 409,
      code: 'flow_not_published',
      title: 'Flow not published',
      detail: `Flow "${flowSlug}" has no published version to run.`,
      extensions: { flow: flowSlug },
    });
  }
}
