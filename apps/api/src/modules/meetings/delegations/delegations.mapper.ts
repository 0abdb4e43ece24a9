import type { DelegationMemberEntity, MeetingEntity } from '../meeting.entity';
import type {
  ContinuityMeetingModel,
  DelegationContinuityModel,
  DelegationMemberModel,
  DelegationModel,
} from './delegation.model';
import type { ContinuityView, DelegationView } from './delegations.service';

export const toDelegationMemberModel = (m: DelegationMemberEntity): DelegationMemberModel => ({
  id: m.id,
  meetingId: m.meetingId,
  partnerCode: m.partnerCode,
  name: m.name,
  ministry: m.ministry,
  function: m.function,
  level: m.level,
  userId: m.userId,
  createdAt: m.createdAt,
});

export const toDelegationModel = (view: DelegationView): DelegationModel => ({
  meetingId: view.meetingId,
  partnerCode: view.partnerCode,
  members: view.members.map(toDelegationMemberModel),
  canEdit: view.canEdit,
});

const toContinuityMeeting = (m: MeetingEntity): ContinuityMeetingModel => ({
  id: m.id,
  title: m.title,
  kind: m.kind,
  city: m.city,
  timeZone: m.timeZone,
  startsAt: m.startsAt,
  status: m.status,
});

export const toContinuityModel = (view: ContinuityView): DelegationContinuityModel => ({
  partnerCode: view.partnerCode,
  people: view.people.map((p) => ({
    name: p.name,
    meetingCount: p.meetingCount,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
    userId: p.userId,
    attendances: p.attendances.map(({ member, meeting }) => ({
      memberId: member.id,
      meeting: toContinuityMeeting(meeting),
      name: member.name,
      ministry: member.ministry,
      function: member.function,
      level: member.level,
    })),
  })),
  meetingsWithoutRoster: view.meetingsWithoutRoster.map(toContinuityMeeting),
});
