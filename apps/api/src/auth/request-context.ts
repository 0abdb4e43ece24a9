import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { ANONYMOUS, type Principal } from '../access/principal';

export interface PortalRequest extends Request {
  principal?: Principal;
}

export interface GraphQLContext {
  req: PortalRequest;
  res: Response;
}

export function requestOf(context: ExecutionContext): PortalRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<PortalRequest>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}

/** The principal the AuthMiddleware resolved from the session cookie (ANONYMOUS without one). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => requestOf(context).principal ?? ANONYMOUS,
);

/** The request's client address, as Express sees it (honours TRUST_PROXY). */
export const ClientIp = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | null => requestOf(context).ip ?? null,
);

/** The Express request and response, for resolvers that set cookies. */
export const HttpContext = createParamDecorator(
  (_: unknown, context: ExecutionContext) => ({ req: requestOf(context), res: responseOf(context) }),
);
