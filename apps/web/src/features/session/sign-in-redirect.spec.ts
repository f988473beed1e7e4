import { describe, expect, it } from 'vitest';
import { isSessionPage, safeNextPath, signInPath, userDisplayName } from './sign-in-redirect';

describe('safeNextPath', () => {
  it('returns to paths of this app', () => {
    expect(safeNextPath('/runs?status=failed')).toBe('/runs?status=failed');
    expect(safeNextPath('/flows/erp-to-cmms')).toBe('/flows/erp-to-cmms');
  });

  it('refuses other sites, protocol-relative links and the session pages', () => {
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('/sign-in?next=/runs')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries the current page as next', () => {
    expect(signInPath('/runs?status=failed')).toBe('/sign-in?next=%2Fruns%3Fstatus%3Dfailed');
    expect(signInPath('/')).toBe('/sign-in');
  });
});

describe('isSessionPage', () => {
  it('knows the pages that need no session', () => {
    expect(isSessionPage('/sign-in')).toBe(true);
    expect(isSessionPage('/sign-in?next=%2F')).toBe(true);
    expect(isSessionPage('/setup')).toBe(true);
    expect(isSessionPage('/setup-guide')).toBe(false);
    expect(isSessionPage('/runs')).toBe(false);
  });
});

describe('userDisplayName', () => {
  it('prefers the name and falls back to the e-mail', () => {
    expect(userDisplayName({ name: 'Dana Ops', email: 'dana@example.com' })).toBe('Dana Ops');
    expect(userDisplayName({ name: null, email: 'dana@example.com' })).toBe('dana@example.com');
    expect(userDisplayName({ name: '  ', email: 'dana@example.com' })).toBe('dana@example.com');
  });
});
