import { describe, expect, it } from 'vitest';
import { findLinkTarget, parseLinkHeader } from './link-header';

describe('parseLinkHeader', () => {
  it('reads every link with its parameters, quoted or not', () => {
    expect(
      parseLinkHeader(
        '<https://api.example.com/items?page=2&sort=a,b>; rel="next"; title="Next, please", <https://api.example.com/items?page=9>;REL=last',
      ),
    ).toEqual([
      { target: 'https://api.example.com/items?page=2&sort=a,b', params: { rel: 'next', title: 'Next, please' } },
      { target: 'https://api.example.com/items?page=9', params: { rel: 'last' } },
    ]);
  });

  it('skips a malformed link and keeps the ones around it', () => {
    expect(parseLinkHeader('<a>; rel=prev, garbage; rel=x, <b>; rel=next').map((link) => link.target)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('findLinkTarget', () => {
  it('matches one of several relation types, case-insensitively', () => {
    expect(findLinkTarget('</p/1>; rel="first", </p/3>; rel="Next last"', 'next')).toBe('/p/3');
  });

  it('finds nothing in a missing header or one without that relation', () => {
    expect(findLinkTarget(undefined, 'next')).toBeUndefined();
    expect(findLinkTarget('</p/1>; rel="prev"', 'next')).toBeUndefined();
  });
});
