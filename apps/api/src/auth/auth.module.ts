import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../modules/users/user.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordTokenEntity } from './password-token.entity';
import { SessionEntity } from './session.entity';
import { SessionEvents } from './session-events';
import { SessionsService } from './sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, PasswordTokenEntity])],
  providers: [
    AuthService,
    AuthResolver,
    SessionsService,
    SessionEvents,
    LoginThrottleService,
  ],
  exports: [AuthService, SessionsService, SessionEvents],
})
export class AuthModule {}
