import { describe, expect, it } from 'vitest';
import { matchesTopicFilter, TopicFilter } from './topic-filter';

describe('TopicFilter', () => {
  it.each(['plant/+/temperature', 'plant/#', '#', '+', 'plant/ham-01/status', '$share/workers/plant/+/alarm'])(
    'accepts %s',
    (filter) => expect(TopicFilter.safeParse(filter).success).toBe(true),
  );

  it.each(['', 'plant/#/temperature', 'plant/pump+/x', 'plant/#x', 'a\u0000b'])('rejects %j', (filter) =>
    expect(TopicFilter.safeParse(filter).success).toBe(false),
  );
});

describe('matchesTopicFilter', () => {
  it.each([
    ['plant/+/temperature', 'plant/pump-1/temperature', true],
    ['plant/+/temperature', 'plant/pump-1/pressure', false],
    ['plant/+/temperature', 'plant/a/b/temperature', false],
    ['plant/#', 'plant', true],
    ['plant/#', 'plant/a/b/c', true],
    ['plant/#', 'plants/a', false],
    ['plant/status', 'plant/status', true],
    ['plant/status', 'plant/status/x', false],
    ['#', '$SYS/broker/uptime', false],
    ['+/broker/uptime', '$SYS/broker/uptime', false],
    ['$SYS/#', '$SYS/broker/uptime', true],
    ['$share/workers/plant/+', 'plant/alarm', true],
  ])('%s matches %s: %s', (filter, topic, matches) => expect(matchesTopicFilter(filter, topic)).toBe(matches));
});
