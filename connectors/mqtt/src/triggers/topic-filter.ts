import { z } from 'zod';

/**
 * An MQTT topic filter: `+` stands for one whole level, `#` for the rest and
 * only at the end (MQTT 5 §4.7). A shared subscription (`$share/<group>/<filter>`)
 * is accepted and matched by its filter part.
 */
export const TopicFilter = z
  .string()
  .min(1)
  .max(65_535)
  .refine((filter) => !filter.includes('\u0000'), 'must not contain the NUL character')
  .refine(
    (filter) =>
      filterLevels(filter).every(
        (level, index, levels) =>
          (!level.includes('+') || level === '+') &&
          (!level.includes('#') || (level === '#' && index === levels.length - 1)),
      ),
    'must use + for one whole level and # only as the last level, e.g. plant/+/temperature or plant/#',
  )
  .describe('Topic filter; + matches one level, # every level below, e.g. plant/+/temperature');

/**
 * Whether `topic` is one the filter subscribes to. A persistent session keeps
 * the subscriptions of earlier configurations, so messages are checked again here.
 */
export function matchesTopicFilter(filter: string, topic: string): boolean {
  const wanted = filterLevels(filter);
  const levels = topic.split('/');
  // Wildcards at the first level do not match topics starting with $ (e.g. $SYS).
  if (topic.startsWith('$') && (wanted[0] === '+' || wanted[0] === '#')) return false;
  for (const [index, level] of wanted.entries()) {
    if (level === '#') return true;
    if (index >= levels.length) return false;
    if (level !== '+' && level !== levels[index]) return false;
  }
  return wanted.length === levels.length;
}

function filterLevels(filter: string): string[] {
  const shared = /^\$share\/[^/+#]+\/(.+)$/.exec(filter);
  return (shared?.[1] ?? filter).split('/');
}
