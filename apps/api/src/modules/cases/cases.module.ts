import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeetingsModule } from '../meetings/meetings.module';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import { CaseListsService } from './case-lists.service';
import { CaseReader } from './case-reader';
import {
  IndividualCaseEntity,
  IndividualCaseGroupEntity,
  IndividualCaseListEntity,
  IndividualCaseListEntryEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseThemeEntity,
} from './case.entity';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';
import { CaseListExportController } from './export/case-list-export.controller';

export const CASE_ENTITIES = [
  IndividualCaseEntity,
  IndividualCaseThemeEntity,
  IndividualCaseGroupEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseListEntity,
  IndividualCaseListEntryEntity,
];

/**
 * Individual cases (seed rec. 7): the discreet list of persons of concern, their raisings and the
 * answers that came back, the lists sent before rounds. RESTRICTED throughout; no live pushes and
 * no notifications carry them.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ...CASE_ENTITIES,
      ThemeEntity,
      UserEntity,
      MeetingEntity,
      ResourceReaderEntity,
    ]),
    MeetingsModule,
  ],
  controllers: [CaseListExportController],
  providers: [CaseReader, CasesService, CaseListsService, CasesResolver],
  exports: [CaseReader],
})
export class CasesModule {}
