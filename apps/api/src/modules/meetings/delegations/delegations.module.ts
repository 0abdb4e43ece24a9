import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../../users/user.entity';
import { DelegationMemberEntity, MeetingEntity } from '../meeting.entity';
import { MeetingsModule } from '../meetings.module';
import { DelegationsResolver } from './delegations.resolver';
import { DelegationsService } from './delegations.service';

/** Delegation rosters per meeting and partner, and the continuity view of who attended. */
@Module({
  imports: [
    TypeOrmModule.forFeature([DelegationMemberEntity, MeetingEntity, UserEntity]),
    MeetingsModule,
  ],
  providers: [DelegationsService, DelegationsResolver],
  exports: [DelegationsService],
})
export class DelegationsModule {}
