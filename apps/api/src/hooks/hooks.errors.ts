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

/** Deliberately vague towards the caller about which check failed beyond a short reason; never echoes secrets. */
export class WebhookUnauthorizedError extends ApiProblem {
  constructor(reason: string) {
    super({
      status: 401,
      code: 'webhook_unauthorized',
      title: 'Webhook not authenticated',
      detail: `The request was not accepted: ${reason}. No run was started.`,
    });
  }
}

export class WebhookReplayedError extends ApiProblem {
  constructor(messageId: string) {
    super({
      status: 409,
      code: 'webhook_replayed',
      title: 'Webhook message already received',
      detail: `Message ${messageId} was accepted before; a replay starts no run.`,
      extensions: { messageId },
    });
  }
}

/** The trigger names a connection that is missing or lacks the secret: the receiver's fault, not the sender's. */
export class WebhookAuthMisconfiguredError extends ApiProblem {
  constructor(reason: string) {
    super({
      status: 500,
      code: 'webhook_auth_misconfigured',
      title: 'Webhook authentication is misconfigured',
      detail: `This webhook cannot check signatures: ${reason}. No run was started.`,
    });
  }
}
