import { ResourceReaderEntity } from '../access/resource-reader.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { PasswordTokenEntity } from '../auth/password-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { DocSnapshotEntity } from '../collab/doc-snapshot.entity';
import { DocUpdateEntity } from '../collab/doc-update.entity';
import {
  BriefingNoteAuthorEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
} from '../modules/briefing-notes/briefing-note.entity';
import {
  NoteCommentEntity,
  NoteCommentThreadEntity,
} from '../modules/briefing-notes/comments/note-comment.entity';
import {
  NoteVersionApprovalEntity,
  NoteVersionEntity,
} from '../modules/briefing-notes/versions/note-version.entity';
import {
  AgendaConsentEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemGroupEntity,
  AgendaItemHistoryEntity,
  AgendaItemLinkEntity,
  AgendaItemThemeEntity,
  AgendaSpeakerEntity,
  AgendaVersionEntity,
} from '../modules/agendas/agenda.entity';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
  BenchmarkEntity,
  BenchmarkIndicatorEntity,
  BenchmarkThemeEntity,
} from '../modules/benchmarks/benchmark.entity';
import {
  IndividualCaseEntity,
  IndividualCaseGroupEntity,
  IndividualCaseListEntity,
  IndividualCaseListEntryEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseThemeEntity,
} from '../modules/cases/case.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { ActionItemEntity } from '../modules/meetings/action-item.entity';
import { CalendarFeedTokenEntity } from '../modules/meetings/calendar-token.entity';
import {
  DelegationMemberEntity,
  MeetingEntity,
  MeetingParticipantEntity,
} from '../modules/meetings/meeting.entity';
import {
  PollPartnerEntity,
  PollSlotEntity,
  PollVoteEntity,
  SchedulingPollEntity,
} from '../modules/meetings/poll.entity';
import { PartnerEntity } from '../modules/partners/partner.entity';
import { ThemeEntity } from '../modules/themes/theme.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity of the portal. A new feature adds its entities here, then generates migrations. */
export const ENTITIES = [
  PartnerEntity,
  ThemeEntity,
  UserEntity,
  SessionEntity,
  PasswordTokenEntity,
  AuditEntryEntity,
  ResourceReaderEntity,
  DocUpdateEntity,
  DocSnapshotEntity,
  BriefingNoteEntity,
  BriefingNoteThemeEntity,
  BriefingNoteAuthorEntity,
  NoteVersionEntity,
  NoteVersionApprovalEntity,
  NoteCommentThreadEntity,
  NoteCommentEntity,
  NotificationEntity,
  MeetingEntity,
  MeetingParticipantEntity,
  DelegationMemberEntity,
  SchedulingPollEntity,
  PollPartnerEntity,
  PollSlotEntity,
  PollVoteEntity,
  ActionItemEntity,
  CalendarFeedTokenEntity,
  AgendaEntity,
  AgendaItemEntity,
  AgendaItemThemeEntity,
  AgendaItemGroupEntity,
  AgendaItemLinkEntity,
  AgendaConsentEntity,
  AgendaItemHistoryEntity,
  AgendaSpeakerEntity,
  AgendaVersionEntity,
  AlignedObjectiveEntity,
  BenchmarkEntity,
  BenchmarkThemeEntity,
  BenchmarkIndicatorEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
  IndividualCaseEntity,
  IndividualCaseThemeEntity,
  IndividualCaseGroupEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseListEntity,
  IndividualCaseListEntryEntity,
];
