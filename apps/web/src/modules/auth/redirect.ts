const PUBLIC_PATHS = ['/login', '/forgot-password', '/reset-password'];

/** What the login page remembers about the page that sent the user there. */
export interface LoginRedirectState {
  from?: string;
  reason?: 'SESSION_EXPIRED' | 'SIGNED_OUT';
}

/**
 * Where to go after signing in. Only same-origin paths are honoured (no `//host`, no
 * `https:`), and never back to a public auth page, so a crafted link cannot bounce the
 * user to another site.
 */
export function safeRedirectTarget(from: unknown): string {
  if (typeof from !== 'string' || from.length === 0 || from.length > 2048) return '/';
  if (!from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (hasControlCharacter(from)) return '/';
  const path = from.split(/[?#]/)[0];
  if (PUBLIC_PATHS.includes(path)) return '/';
  return from;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname);
}

export function readLoginRedirectState(state: unknown): LoginRedirectState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, reason } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' ? from : undefined,
    reason: reason === 'SESSION_EXPIRED' || reason === 'SIGNED_OUT' ? reason : undefined,
  };
}
