import type { FlowTrigger, WebhookAuth } from '@tributary/workflows/flow-definition';

export type TriggerKind = FlowTrigger['kind'];

export const TRIGGER_KINDS: { value: TriggerKind; label: string }[] = [
  { value: 'manual', label: 'Manual' },
  { value: 'webhook', label: 'Webhook' },
  { value: 'schedule', label: 'Schedule' },
  { value: 'poll', label: 'Poll' },
  { value: 'subscription', label: 'Subscription' },
];

/**
 * A fresh trigger of `kind`, as small as the format allows. A webhook
 * listens on the flow's slug, a schedule fires daily at 06:00 UTC. Poll and
 * subscription triggers name a connector trigger, which only the analyst
 * knows; they start empty and validation asks for it.
 */
export function minimalTrigger(kind: TriggerKind, flowSlug: string): FlowTrigger {
  switch (kind) {
    case 'manual':
      return { kind: 'manual' };
    case 'webhook':
      return { kind: 'webhook', path: webhookPathFromSlug(flowSlug) };
    case 'schedule':
      return { kind: 'schedule', cron: '0 6 * * *', timezone: 'UTC', overlap: 'skip' } as FlowTrigger;
    case 'poll':
      return { kind: 'poll', connector: '', trigger: '', input: {}, intervalSeconds: 60 };
    case 'subscription':
      return { kind: 'subscription', connector: '', trigger: '', input: {} };
  }
}

/** A webhook path the format accepts, from the slug (slugs already are lower-case letters, digits and -). */
export function webhookPathFromSlug(flowSlug: string): string {
  const path = flowSlug
    .toLowerCase()
    .replace(/[^a-z0-9\-_/]/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  return path.slice(0, 128) || 'flow';
}

/** Where the published webhook listens; the API is served from the same origin behind the proxy. */
export function webhookUrl(origin: string, path: string): string {
  return `${origin}/hooks/${path}`;
}

export type WebhookScheme = WebhookAuth['scheme'];

export const WEBHOOK_SCHEMES: { value: WebhookScheme; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'apiKey', label: 'API key' },
  { value: 'hmac', label: 'HMAC signature' },
  { value: 'standardWebhooks', label: 'Standard Webhooks' },
];

/**
 * Webhook auth of another scheme, keeping the connection already chosen.
 * Optional settings are left to their defaults (header X-API-Key,
 * X-Signature-256 with sha256/hex, a 300 s tolerance). `undefined` = none.
 */
export function webhookAuthOf(scheme: WebhookScheme, connection: string): WebhookAuth | undefined {
  switch (scheme) {
    case 'none':
      return undefined;
    case 'apiKey':
      return { scheme, connection } as WebhookAuth;
    case 'hmac':
      return { scheme, connection } as WebhookAuth;
    case 'standardWebhooks':
      return { scheme, connection } as WebhookAuth;
  }
}
