import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrors } from '../common/app-error';
import { IS_PUBLIC } from './public.decorator';
import { requestOf } from './request-context';

/**
 * Global guard: every GraphQL operation and HTTP route needs a signed-in principal unless marked
 * @Public(). Finer decisions belong to the access policy, called by services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    // Socket gateways authenticate at the handshake and ask the policy per event.
    if (context.getType<string>() === 'ws') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const principal = requestOf(context).principal;
    if (!principal || principal.kind === 'ANONYMOUS') throw CommonErrors.unauthenticated();
    return true;
  }
}
