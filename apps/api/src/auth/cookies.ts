import type { CookieOptions, Response } from 'express';
import type { AppConfig } from '../config/config';

/** `__Host-` pins the cookie to this origin over https; plain name on http (development). */
export const sessionCookieName = (config: AppConfig) =>
  config.session.secureCookie ? '__Host-berne_sid' : 'berne_sid';

function options(config: AppConfig): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookie,
    path: '/',
  };
}

export function setSessionCookie(res: Response, config: AppConfig, token: string): void {
  res.cookie(sessionCookieName(config), token, { ...options(config), maxAge: config.session.absoluteMs });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(sessionCookieName(config), options(config));
}
