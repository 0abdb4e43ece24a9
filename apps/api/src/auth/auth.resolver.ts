import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Principal } from '../access/principal';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PartnersService } from '../modules/partners/partners.service';
import { toUserModel } from '../modules/users/user.mapper';
import { UserModel } from '../modules/users/user.model';
import { AuthService } from './auth.service';
import { clearSessionCookie, setSessionCookie } from './cookies';
import { ChangePasswordInput, LoginInput, RequestPasswordResetInput, ResetPasswordInput } from './dto/auth.inputs';
import { Public } from './public.decorator';
import { CurrentPrincipal, HttpContext } from './request-context';

type Http = { req: Request; res: Response };
const client = (req: Request) => ({ ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly partners: PartnersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => UserModel, { description: 'Signs in and sets the session cookie.' })
  async login(@Args('input') input: LoginInput, @HttpContext() { req, res }: Http): Promise<UserModel> {
    const { token, user } = await this.auth.login(input.email, input.password, client(req));
    setSessionCookie(res, this.config, token);
    return toUserModel(user, this.partners);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async logout(@CurrentPrincipal() principal: Principal, @HttpContext() { req, res }: Http): Promise<boolean> {
    await this.auth.logout(principal, req.ip ?? null);
    clearSessionCookie(res, this.config);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session.' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangePasswordInput,
    @HttpContext() { req, res }: Http,
  ): Promise<boolean> {
    const { token } = await this.auth.changePassword(principal, input.currentPassword, input.newPassword, client(req));
    setSessionCookie(res, this.config, token);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Emails a reset link if the account exists; always answers true.' })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @HttpContext() { req }: Http,
  ): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email, req.ip ?? null);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password from a reset or invitation link.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @HttpContext() { req }: Http): Promise<boolean> {
    await this.auth.resetPassword(input.token, input.newPassword, req.ip ?? null);
    return true;
  }
}
