import { isPublicPath, readLoginRedirectState, safeRedirectTarget } from '../redirect';

describe('after sign-in redirect', () => {
  it('returns to the page originally requested, with its query and hash', () => {
    expect(safeRedirectTarget('/admin')).toBe('/admin');
    expect(safeRedirectTarget('/admin?tab=audit#top')).toBe('/admin?tab=audit#top');
  });

  it('goes home when nothing was requested', () => {
    expect(safeRedirectTarget(undefined)).toBe('/');
    expect(safeRedirectTarget('')).toBe('/');
    expect(safeRedirectTarget(42)).toBe('/');
  });

  it('refuses other origins and protocol tricks', () => {
    for (const target of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'admin',
      '/a\nb',
    ]) {
      expect(safeRedirectTarget(target)).toBe('/');
    }
  });

  it('never returns to the public authentication pages', () => {
    expect(safeRedirectTarget('/login')).toBe('/');
    expect(safeRedirectTarget('/login?x=1')).toBe('/');
    expect(safeRedirectTarget('/reset-password?token=abc')).toBe('/');
    expect(isPublicPath('/forgot-password')).toBe(true);
    expect(isPublicPath('/meetings')).toBe(false);
  });

  it('reads router state defensively', () => {
    expect(readLoginRedirectState(null)).toEqual({});
    expect(readLoginRedirectState('x')).toEqual({});
    expect(readLoginRedirectState({ from: '/cases', reason: 'SESSION_EXPIRED' })).toEqual({
      from: '/cases',
      reason: 'SESSION_EXPIRED',
    });
    expect(readLoginRedirectState({ from: 7, reason: 'HACKED' })).toEqual({
      from: undefined,
      reason: undefined,
    });
  });
});
