import type { MeetingModel, SchedulingPollModel } from './meeting.model';
import type { MeetingView } from './meetings.service';
import type { PollView } from './polls.service';

export const toMeetingModel = ({
  meeting,
  partnerCodes,
  canManage,
}: MeetingView): MeetingModel => ({
  id: meeting.id,
  kind: meeting.kind,
  title: meeting.title,
  venue: meeting.venue,
  city: meeting.city,
  timeZone: meeting.timeZone,
  startsAt: meeting.startsAt,
  endsAt: meeting.endsAt,
  status: meeting.status,
  statusReason: meeting.statusReason,
  hostPartner: meeting.hostPartner,
  classification: meeting.classification,
  partnerCodes,
  canManage,
  icsPath: `/api/meetings/${meeting.id}/ics`,
});

export const toPollModel = (view: PollView): SchedulingPollModel => ({
  id: view.poll.id,
  title: view.poll.title,
  kind: view.poll.kind,
  venue: view.poll.venue,
  city: view.poll.city,
  timeZone: view.poll.timeZone,
  hostPartner: view.poll.hostPartner,
  status: view.poll.status,
  meetingId: view.poll.meetingId,
  partnerCodes: view.partnerCodes,
  canManage: view.canManage,
  myPartner: view.myPartner,
  createdAt: view.poll.createdAt,
  slots: view.slots.map((s) => ({
    id: s.slot.id,
    startsAt: s.slot.startsAt,
    endsAt: s.slot.endsAt,
    local: s.local,
    votes: s.votes,
    partnerAnswers: s.partnerAnswers,
    score: s.score,
    problems: s.problems,
    rank: s.rank,
  })),
});
