import { describe, expect, it } from 'vitest';
import { grantsScope, scopesNotGranted, scopesOfRole } from './scopes';

describe('grantsScope', () => {
  it('lets admin do everything', () => {
    expect(grantsScope(['admin'], 'connections:write')).toBe(true);
    expect(grantsScope(['admin'], 'runs:read')).toBe(true);
  });

  it('lets a write scope read the same resource, and nothing else', () => {
    expect(grantsScope(['flows:write'], 'flows:read')).toBe(true);
    expect(grantsScope(['flows:write'], 'runs:read')).toBe(false);
    expect(grantsScope(['flows:read'], 'flows:write')).toBe(false);
  });

  it('never lets a non-admin scope grant admin', () => {
    expect(grantsScope(['flows:write', 'runs:write', 'connections:write'], 'admin')).toBe(false);
  });
});

describe('scopesNotGranted', () => {
  it('names the scopes a holder cannot pass on', () => {
    expect(scopesNotGranted(['flows:write'], ['flows:read', 'runs:write', 'admin'])).toEqual(['runs:write', 'admin']);
  });
});

describe('scopesOfRole', () => {
  it('gives editors the write scopes and viewers only reads', () => {
    expect(scopesOfRole('editor')).toEqual(['flows:write', 'runs:write', 'connections:write']);
    expect(scopesOfRole('viewer')).toEqual(['flows:read', 'runs:read']);
    expect(scopesOfRole('unknown')).toEqual([]);
  });
});
