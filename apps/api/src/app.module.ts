import {
  Module,
  RequestMethod,
  ValidationPipe,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import { AuditModule } from './audit/audit.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthMiddleware } from './auth/auth.middleware';
import { AuthModule } from './auth/auth.module';
import { CollabModule } from './collab/collab.module';
import { AppErrorFilter } from './common/app-error.filter';
import { NulCharacterPipe } from './common/nul-character.pipe';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { PortalGraphQLModule } from './graphql/graphql.module';
import { HealthController } from './health/health.controller';
import { AgendasModule } from './modules/agendas/agendas.module';
import { BenchmarksModule } from './modules/benchmarks/benchmarks.module';
import { CasesModule } from './modules/cases/cases.module';
import { BriefingNotesModule } from './modules/briefing-notes/briefing-notes.module';
import { BriefingNoteExportModule } from './modules/briefing-notes/export/briefing-note-export.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { CalendarModule } from './modules/meetings/calendar/calendar.module';
import { ActionItemsModule } from './modules/meetings/action-items/action-items.module';
import { DelegationsModule } from './modules/meetings/delegations/delegations.module';
import { PartnersModule } from './modules/partners/partners.module';
import { ThemesModule } from './modules/themes/themes.module';
import { UsersModule } from './modules/users/users.module';
import { MailModule } from './mail/mail.module';
import type { Mailer } from './mail/mailer';
import { RealtimeModule } from './realtime/realtime.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { RedisModule } from './redis/redis.module';

/** Outbound ports that a caller (tests) may replace. */
export interface AppPorts {
  mailer?: Mailer;
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig, ports: AppPorts = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        MailModule.forRoot(ports.mailer),
        DatabaseModule,
        RedisModule,
        AuditModule,
        AuthModule,
        PartnersModule,
        ThemesModule,
        UsersModule,
        RealtimeModule,
        NotificationsModule,
        CollabModule,
        BriefingNotesModule,
        MeetingsModule,
        CalendarModule,
        ActionItemsModule,
        DelegationsModule,
        BriefingNoteExportModule,
        AgendasModule,
        BenchmarksModule,
        CasesModule,
        PortalGraphQLModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            stopAtFirstError: false,
          }),
        },
        // After validation: NUL characters dropped from every argument (see the pipe).
        { provide: APP_PIPE, useClass: NulCharacterPipe },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(cookieParser(), AuthMiddleware)
      .forRoutes({ path: '{*splat}', method: RequestMethod.ALL });
  }
}
