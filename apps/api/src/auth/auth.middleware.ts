import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { ANONYMOUS } from '../access/principal';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { sessionCookieName } from './cookies';
import { principalFor } from './principal.factory';
import type { PortalRequest } from './request-context';
import { SessionsService } from './sessions.service';

/** Turns the session cookie into `req.principal` once per request; guards and services read it. */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(req: PortalRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = (req.cookies as Record<string, string> | undefined)?.[sessionCookieName(this.config)];
      const active = await this.sessions.resolve(token);
      req.principal = active ? principalFor(active.user, active.session.id) : ANONYMOUS;
      next();
    } catch (error) {
      next(error);
    }
  }
}
