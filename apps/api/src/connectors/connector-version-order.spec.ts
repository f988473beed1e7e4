import { describe, expect, it } from 'vitest';
import { newestFirst } from './connector-version-order';

describe('newestFirst', () => {
  it('orders versions by their numbers, not as text, and a release after its pre-releases', () => {
    expect(['0.9.2', '1.0.0-rc.1', '0.10.0', '1.0.0', '0.1.0'].sort(newestFirst)).toEqual([
      '1.0.0',
      '1.0.0-rc.1',
      '0.10.0',
      '0.9.2',
      '0.1.0',
    ]);
  });
});
