import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationTargets } from './notification-targets';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** In-portal notifications, pushed live over `/live`. Features register how to show targets. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, UserEntity])],
  providers: [NotificationsService, NotificationsResolver, NotificationTargets],
  exports: [NotificationsService, NotificationTargets],
})
export class NotificationsModule {}
