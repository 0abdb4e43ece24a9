import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationTargets } from '../../notifications/notification-targets';
import { UserEntity } from '../../users/user.entity';
import { ActionItemEntity } from '../action-item.entity';
import { MeetingEntity } from '../meeting.entity';
import { ACTION_ITEM } from '../meetings.policy';
import { MeetingsModule } from '../meetings.module';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';

/** Action items: work carried between meetings, with owners, assignees and due dates. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ActionItemEntity, MeetingEntity, UserEntity]),
    MeetingsModule,
  ],
  providers: [ActionItemsService, ActionItemsResolver],
  exports: [ActionItemsService],
})
export class ActionItemsModule implements OnModuleInit {
  constructor(
    private readonly service: ActionItemsService,
    private readonly targets: NotificationTargets,
  ) {}

  onModuleInit(): void {
    // A notification about an item shows its title only while the reader may still open it.
    this.targets.register(ACTION_ITEM, (principal, ids) => this.service.targetsFor(principal, ids));
  }
}
