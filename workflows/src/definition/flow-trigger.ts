import { z } from 'zod';
import { parseDuration } from './duration';
import { Expression } from './step-options';

/**
 * A business key turns "the same business event" into "the same run": the
 * key becomes part of the Temporal workflow id, so a webhook or message
 * delivered twice can never start a second run.
 */
export const BusinessKey = z
  .object({
    /** evaluated over the trigger payload, e.g. "$trigger.body.job.jobNumber" */
    expression: Expression,
    /** `useExisting`: a duplicate returns the existing run; `reject`: it is refused with 409 */
    onDuplicate: z.enum(['useExisting', 'reject']).default('useExisting'),
  })
  .strict();
export type BusinessKey = z.infer<typeof BusinessKey>;

/** A connection by name: flows never hold secrets, so a flow file can be exported and reviewed. */
const ConnectionName = z.string().min(1).max(200);

/**
 * How an inbound webhook proves where it comes from. The secret lives in a
 * connection of the built-in `webhook` connector, named here.
 * - `apiKey`: a header (default `X-API-Key`) must equal the connection's key;
 * - `hmac`: a header holds the HMAC of the raw body (GitHub/Shopify style);
 * - `standardWebhooks`: `webhook-id`/`webhook-timestamp`/`webhook-signature`
 *   per standardwebhooks.com, with a timestamp tolerance and replayed
 *   message ids refused.
 */
export const WebhookAuth = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('none') }).strict(),
  z
    .object({
      scheme: z.literal('apiKey'),
      connection: ConnectionName,
      header: z.string().min(1).default('X-API-Key'),
    })
    .strict(),
  z
    .object({
      scheme: z.literal('hmac'),
      connection: ConnectionName,
      header: z.string().min(1).default('X-Signature-256'),
      algorithm: z.enum(['sha256', 'sha1', 'sha512']).default('sha256'),
      encoding: z.enum(['hex', 'base64']).default('hex'),
      /** text before the signature in the header, e.g. "sha256=" */
      prefix: z.string().default(''),
    })
    .strict(),
  z
    .object({
      scheme: z.literal('standardWebhooks'),
      connection: ConnectionName,
      toleranceSeconds: z.number().int().min(1).max(3600).default(300),
    })
    .strict(),
]);
export type WebhookAuth = z.infer<typeof WebhookAuth>;

export const WebhookTrigger = z
  .object({
    kind: z.literal('webhook'),
    /** what follows /hooks/ in the inbound URL */
    path: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-_/]{0,127}$/, 'webhook path must be lower-case letters, digits, -, _ or /'),
    /** none when left out */
    auth: WebhookAuth.optional(),
    businessKey: BusinessKey.optional(),
  })
  .strict();

export const ManualTrigger = z.object({ kind: z.literal('manual'), businessKey: BusinessKey.optional() }).strict();

const CronExpression = z
  .string()
  .trim()
  .regex(
    /^(@(yearly|annually|monthly|weekly|daily|hourly)|(\S+\s+){4}\S+)$/,
    'must be a five-field cron expression ("minute hour day-of-month month day-of-week") or @daily, @hourly, …',
  );

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fired by a Temporal Schedule, on cron expressions or at a fixed interval:
 * the run's `$trigger` is `{ scheduledAt, payload }`. Overlapping fires are
 * skipped by default, so a slow run is never stacked on by the next tick.
 */
export const ScheduleTrigger = z
  .object({
    kind: z.literal('schedule'),
    /** five-field cron expressions, e.g. "0 6 * * 1-5" (weekdays at 06:00) */
    cron: z.union([CronExpression, z.array(CronExpression).min(1).max(10)]).optional(),
    /** a fixed interval instead of cron, e.g. "15m" or "PT30S" (at least one second) */
    every: z
      .string()
      .refine((text) => (parseDuration(text) ?? 0) >= 1000, 'must be a duration of at least 1 second, e.g. "15m"')
      .optional(),
    /** IANA time zone the cron is read in */
    timezone: z.string().min(1).refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').default('UTC'),
    /** constant data every run sees as `$trigger.payload` */
    payload: z.unknown().optional(),
    overlap: z.enum(['skip', 'bufferOne', 'allowAll']).default('skip'),
  })
  .strict()
  .refine((trigger) => (trigger.cron === undefined) !== (trigger.every === undefined), {
    message: 'a schedule needs either "cron" or "every" (not both)',
    path: ['cron'],
  });

const ConnectorTriggerFields = {
  /** connector name, e.g. "postgres" */
  connector: z.string().min(1),
  /** the connector trigger's name, e.g. "newRows" */
  trigger: z.string().min(1),
  connection: ConnectionName.optional(),
  /** the connector trigger's configuration, validated by its schema when the worker starts it */
  input: z.record(z.string(), z.unknown()).default({}),
  businessKey: BusinessKey.optional(),
};

/** A connector's polling trigger, called every `intervalSeconds` with its stored cursor. */
export const PollTrigger = z
  .object({
    kind: z.literal('poll'),
    ...ConnectorTriggerFields,
    intervalSeconds: z.number().int().min(1).max(86_400).default(60),
  })
  .strict();

/** A connector's subscription trigger (MQTT topic, AMQP queue): one run per message. */
export const SubscriptionTrigger = z.object({ kind: z.literal('subscription'), ...ConnectorTriggerFields }).strict();

export const FlowTrigger = z.discriminatedUnion('kind', [
  WebhookTrigger,
  ManualTrigger,
  ScheduleTrigger,
  PollTrigger,
  SubscriptionTrigger,
]);
export type FlowTrigger = z.infer<typeof FlowTrigger>;

/** The trigger's business key; schedules have none (each fire is its own event). */
export function triggerBusinessKey(trigger: FlowTrigger): BusinessKey | undefined {
  return 'businessKey' in trigger ? trigger.businessKey : undefined;
}
