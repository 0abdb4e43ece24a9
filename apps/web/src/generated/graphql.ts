/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionStatus = 'DONE' | 'DROPPED' | 'IN_PROGRESS' | 'OPEN';

export type AddDelegationMemberInput = {
  /** Function in the delegation, e.g. Head of delegation. */
  function: string;
  level: DelegationLevel;
  meetingId: string | number;
  /** Ministry or institution, e.g. Federal Department of Foreign Affairs. */
  ministry: string;
  name: string;
  /** Defaults to the caller's partner; the secretariat says which. */
  partnerCode?: PartnerCode | null | undefined;
  /** The member's portal account, if any (same partner). */
  userId?: string | number | null | undefined;
};

/** Every field narrows the search; leave a field out to ignore it. */
export type AgendaItemSearchFilter = {
  /** Meetings starting at or after this instant. */
  from?: string | null | undefined;
  influenceRegion?: InfluenceRegion | null | undefined;
  meetingId?: string | number | null | undefined;
  states?: Array<AgendaItemState> | null | undefined;
  /** Text found in the title or description (case-insensitive substring; % and _ match themselves). */
  text?: string | null | undefined;
  /** Items with any of these themes. */
  themeCodes?: Array<string> | null | undefined;
  /** Meetings starting before this instant. */
  to?: string | null | undefined;
  /** Items tagged with any of these groups. */
  vulnerableGroups?: Array<VulnerableGroup> | null | undefined;
};

/** proposed → in consultation → agreed / contested → withdrawn or deferred. */
export type AgendaItemState =
  'AGREED' | 'CONTESTED' | 'DEFERRED' | 'IN_CONSULTATION' | 'PROPOSED' | 'WITHDRAWN';

export type AgendaLinkInput = {
  kind: AgendaLinkKind;
  targetId: string | number;
};

export type AgendaLinkKind = 'BENCHMARK' | 'BRIEFING_NOTE' | 'CASE';

/** Why something is suggested for a meeting’s agenda. */
export type AgendaSuggestionReason = 'CONTESTED' | 'DEFERRED' | 'OPEN_ACTION_ITEM';

/** The fixed assessment scale, worst first (scores 0 to 4). */
export type AssessmentStatus = 'ACHIEVED' | 'LIMITED' | 'NO_PROGRESS' | 'REGRESSED' | 'SUBSTANTIAL';

export type AuditFilterInput = {
  action?: string | null | undefined;
  actorEmail?: string | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome = 'DENIED' | 'FAILURE' | 'SUCCESS';

export type BenchmarkConflictKind =
  'DEADLINE_GAP' | 'KIND_MISMATCH' | 'NO_HOLDER' | 'OPPOSITE_ASSESSMENTS';

/** OPEN: holds, unresolved; RESOLVED: explained with a note; CLEARED: no longer holds. */
export type BenchmarkConflictStatus = 'CLEARED' | 'OPEN' | 'RESOLVED';

export type BenchmarkConflictsFilter = {
  alignedObjectiveId?: string | number | null | undefined;
  /** Flags with this benchmark on either side. */
  benchmarkId?: string | number | null | undefined;
  kinds?: Array<BenchmarkConflictKind> | null | undefined;
  /** At most 500. */
  limit?: number | null | undefined;
  /** OPEN and RESOLVED when left out. */
  statuses?: Array<BenchmarkConflictStatus> | null | undefined;
};

export type BenchmarkDashboardFilter = {
  /** Rounds from this date (YYYY-MM-DD); five years ago when left out. */
  from?: string | null | undefined;
  holders?: Array<PartnerCode> | null | undefined;
  /** OBJECTIVE and PRECONDITION when left out. */
  kinds?: Array<BenchmarkKind> | null | undefined;
  /** What counts as a round: BERNE_PROCESS sessions when left out. */
  roundKinds?: Array<MeetingKind> | null | undefined;
  themeCodes?: Array<string> | null | undefined;
  /** Rounds until this date (YYYY-MM-DD); 200 days ahead when left out. */
  to?: string | null | undefined;
};

/** An objective of the dialogue, a precondition for it, or a criterion for suspending it. */
export type BenchmarkKind = 'OBJECTIVE' | 'PRECONDITION' | 'SUSPENSION_CRITERION';

export type BenchmarkMatrixFilter = {
  /** Also a row per benchmark that is not aligned (false when left out). */
  includeUnaligned?: boolean | null | undefined;
  /** Every kind when left out. */
  kinds?: Array<BenchmarkKind> | null | undefined;
  themeCodes?: Array<string> | null | undefined;
};

export type BenchmarksFilter = {
  alignedObjectiveId?: string | number | null | undefined;
  /** Held by any of these partners. */
  holders?: Array<PartnerCode> | null | undefined;
  /** Also withdrawn benchmarks (false when left out). */
  includeWithdrawn?: boolean | null | undefined;
  /** OBJECTIVE and PRECONDITION when left out (suspension criteria have their own query). */
  kinds?: Array<BenchmarkKind> | null | undefined;
  /** At most 500. */
  limit?: number | null | undefined;
  /** Words of the statement. */
  search?: string | null | undefined;
  /** Tagged with any of these themes. */
  themeCodes?: Array<string> | null | undefined;
};

export type BriefingNotesFilter = {
  classification?: Classification | null | undefined;
  includeArchived?: boolean | null | undefined;
  meetingId?: string | number | null | undefined;
  /** Text found in the title (case-insensitive substring). */
  search?: string | null | undefined;
  themeCode?: string | null | undefined;
};

/** What came back from the other side: awaited, none, partial, full or refused. */
export type CaseAnswerKind = 'AWAITED' | 'FULL' | 'NONE' | 'PARTIAL' | 'REFUSED';

export type CaseListEntryInput = {
  caseId: string | number;
  /** What is asked for this person (release, access, information…). */
  request?: string | null | undefined;
};

/** On the list sent before a round, orally at a round, or by letter. */
export type CaseRaisingChannel = 'LETTER' | 'LIST' | 'ROUND';

/** What is known of the person’s situation (RSDL: residential surveillance at a designated location). */
export type CaseStatus =
  'DECEASED' | 'DETAINED' | 'DISAPPEARED' | 'RELEASED' | 'RSDL' | 'SENTENCED';

export type CasesFilter = {
  /** Only cases with a raising still awaiting an answer. */
  awaitingAnswer?: boolean | null | undefined;
  /** Cases this partner has raised. */
  raisedBy?: PartnerCode | null | undefined;
  /** Words to find in the reference, names, region, charges or summary. */
  search?: string | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
  themeCodes?: Array<string> | null | undefined;
  vulnerableGroup?: VulnerableGroup | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** Who may see a record. */
export type Classification = 'PARTNERS' | 'PARTNER_PRIVATE' | 'PUBLIC' | 'RESTRICTED';

export type ConsentPosition = 'AGREE' | 'NOT_YET' | 'OBJECTION' | 'RESERVATION';

export type CreateActionItemInput = {
  /** The agenda item it came from, if any. */
  agendaItemId?: string | number | null | undefined;
  /** An active staff account who can read the item. */
  assigneeId?: string | number | null | undefined;
  classification?: Classification;
  description?: string | null | undefined;
  /** A calendar date, YYYY-MM-DD: due by the end of that day. */
  dueDate: string;
  /** The meeting it came out of. */
  meetingId: string | number;
  /** Defaults to the caller's partner; only the secretariat chooses another. */
  ownerPartner?: PartnerCode | null | undefined;
  title: string;
};

export type CreateAlignedObjectiveInput = {
  /** Benchmarks the caller may change, to join the new objective at once. */
  benchmarkIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  title: string;
};

export type CreateBenchmarkInput = {
  /** An aligned objective to join at once. */
  alignedObjectiveId?: string | number | null | undefined;
  /** PARTNERS when left out. */
  classification?: Classification | null | undefined;
  description?: string | null | undefined;
  /** The holding partner: the caller's own (the secretariat names one). */
  holder?: PartnerCode | null | undefined;
  /** Indicators, in order. */
  indicators?: Array<string> | null | undefined;
  kind: BenchmarkKind;
  /** Users who may read a RESTRICTED benchmark besides cleared staff. */
  namedReaderIds?: Array<string | number> | null | undefined;
  statement: string;
  /** The time limit, YYYY-MM-DD; null clears it. */
  targetDate?: string | null | undefined;
  /** Theme codes. */
  themeCodes?: Array<string> | null | undefined;
  /** e.g. "art. 9". */
  unArticle?: string | null | undefined;
  unInstrument?: UnInstrument | null | undefined;
  unMechanism?: UnMechanism | null | undefined;
  /** China’s UPR cycle: 1 (2009) … 4 (2024). */
  uprCycle?: number | null | undefined;
};

export type CreateBriefingNoteInput = {
  classification: Classification;
  meetingId?: string | number | null | undefined;
  /** Named readers of a RESTRICTED note. */
  namedReaderIds?: Array<string | number> | null | undefined;
  /** Defaults to the creator's partner; only the secretariat may choose another. */
  ownerPartner?: PartnerCode | null | undefined;
  /** Codes from `themes`. */
  themeCodes?: Array<string> | null | undefined;
  title: string;
};

export type CreateCaseInput = {
  birthYear?: number | null | undefined;
  charges?: string | null | undefined;
  /** YYYY-MM-DD; empty to clear. */
  detainedOn?: string | null | undefined;
  location?: string | null | undefined;
  name?: string | null | undefined;
  nativeName?: string | null | undefined;
  /** e.g. BP-2026-014; generated when left out. */
  reference?: string | null | undefined;
  region?: string | null | undefined;
  sentence?: string | null | undefined;
  sourceName?: string | null | undefined;
  sourceReference?: string | null | undefined;
  status?: CaseStatus | null | undefined;
  summary?: string | null | undefined;
  themeCodes?: Array<string> | null | undefined;
  vulnerableGroups?: Array<VulnerableGroup> | null | undefined;
};

export type CreatePollInput = {
  city: string;
  hostPartner?: PartnerCode | null | undefined;
  kind: MeetingKind;
  /** The partners taking part. */
  partnerCodes: Array<PartnerCode>;
  slots: Array<SlotInput>;
  /** IANA time zone of the venue, e.g. Europe/Zurich. */
  timeZone: string;
  title: string;
  venue?: string | null | undefined;
};

export type DelegationLevel = 'AMBASSADOR' | 'DIRECTOR' | 'EXPERT' | 'MINISTER' | 'SENIOR_OFFICIAL';

export type EditAgendaItemInput = {
  description?: string | null | undefined;
  /** Shown in the guest version of the agenda. */
  guestVisible?: boolean | null | undefined;
  id: string | number;
  /** Set for items on China’s influence on human rights abroad. */
  influenceRegion?: InfluenceRegion | null | undefined;
  links?: Array<AgendaLinkInput> | null | undefined;
  minutes?: number | null | undefined;
  themeCodes?: Array<string> | null | undefined;
  title?: string | null | undefined;
  vulnerableGroups?: Array<VulnerableGroup> | null | undefined;
};

export type InfluenceRegion =
  | 'AFRICA'
  | 'ASIA_PACIFIC'
  | 'CENTRAL_ASIA'
  | 'EUROPE'
  | 'LATIN_AMERICA'
  | 'MIDDLE_EAST'
  | 'UN_SYSTEM';

export type InviteUserInput = {
  clearedForRestricted: boolean;
  displayName: string;
  email: string;
  partnerCode?: PartnerCode | null | undefined;
  role: Role;
};

export type LoginInput = {
  email: string;
  password: string;
};

/** Berne Process meeting, NGO consultation, bilateral dialogue round, expert seminar. */
export type MeetingKind =
  'BERNE_PROCESS' | 'BILATERAL_ROUND' | 'EXPERT_SEMINAR' | 'NGO_CONSULTATION';

export type MeetingStatus = 'CANCELLED' | 'CONFIRMED' | 'HELD' | 'PLANNED' | 'POSTPONED';

export type MeetingsFilter = {
  /** Meetings ending after this instant. */
  from: string;
  kinds?: Array<MeetingKind> | null | undefined;
  /** Only meetings this partner takes part in. */
  partnerCode?: PartnerCode | null | undefined;
  /** Meetings starting before this instant (at most 400 days after from). */
  to: string;
};

export type NoteDiffChange = 'ADDED' | 'REMOVED' | 'SAME';

/** AUTO: taken during editing; NAMED: named by a person; RESTORED: right after a restore. */
export type NoteVersionKind = 'AUTO' | 'NAMED' | 'RESTORED';

export type OpenSilenceInput = {
  deadline: string;
  itemId: string | number;
};

/** A Berne Process member, or the secretariat. */
export type PartnerCode =
  'AU' | 'CA' | 'CH' | 'DE' | 'EU' | 'GB' | 'HU' | 'NL' | 'NO' | 'SE' | 'SECRETARIAT' | 'US';

/** Yes, if need be, or no. */
export type PollAnswer = 'IF_NEED_BE' | 'NO' | 'YES';

export type PollAnswerInput = {
  answer: PollAnswer;
  slotId: string | number;
};

export type PollStatus = 'CLOSED' | 'CONFIRMED' | 'OPEN';

export type ProposeAgendaItemInput = {
  description?: string | null | undefined;
  /** Shown in the guest version of the agenda. */
  guestVisible?: boolean | null | undefined;
  /** Set for items on China’s influence on human rights abroad. */
  influenceRegion?: InfluenceRegion | null | undefined;
  links?: Array<AgendaLinkInput> | null | undefined;
  meetingId: string | number;
  minutes?: number | null | undefined;
  /** The proposing partner: the caller's own (the chair may name another). */
  proposingPartner?: PartnerCode | null | undefined;
  themeCodes?: Array<string> | null | undefined;
  title?: string | null | undefined;
  vulnerableGroups?: Array<VulnerableGroup> | null | undefined;
};

export type ReclassifyBriefingNoteInput = {
  classification: Classification;
  id: string | number;
  /** Named readers when RESTRICTED; omitted, a restricted note keeps its readers. */
  namedReaderIds?: Array<string | number> | null | undefined;
};

export type RecordAssessmentInput = {
  benchmarkId: string | number;
  /** What China’s side said in answer. */
  chinaResponse?: string | null | undefined;
  /** The assessment this one corrects (kept in the history, left out of trends). */
  correctsId?: string | number | null | undefined;
  /** YYYY-MM-DD; the meeting's date when left out with a meeting, else today. */
  date?: string | null | undefined;
  evidence?: string | null | undefined;
  /** http(s) links to sources. */
  links?: Array<string> | null | undefined;
  /** The meeting it was made at. */
  meetingId?: string | number | null | undefined;
  /** The assessing partner: the caller's own (the secretariat names one). */
  partnerCode?: PartnerCode | null | undefined;
  status: AssessmentStatus;
};

export type RecordCaseAnswerInput = {
  answer?: string | null | undefined;
  answerKind: CaseAnswerKind;
  /** YYYY-MM-DD; required unless AWAITED. */
  answeredOn?: string | null | undefined;
  raisingId: string | number;
};

export type RecordCaseRaisingInput = {
  caseId: string | number;
  channel: CaseRaisingChannel;
  meetingId?: string | number | null | undefined;
  /** The raising partner: the caller’s own; the secretariat must name it. */
  partnerCode?: PartnerCode | null | undefined;
  /** YYYY-MM-DD. */
  raisedOn: string;
  request?: string | null | undefined;
};

export type RecordConsentInput = {
  itemId: string | number;
  /** The partner spoken for: the caller’s own. */
  partnerCode: PartnerCode;
  position: ConsentPosition;
  /** Required for a reservation or an objection. */
  text?: string | null | undefined;
};

export type RenameBriefingNoteInput = {
  id: string | number;
  title: string;
};

export type ReplyToNoteCommentInput = {
  body: string;
  mentionUserIds?: Array<string | number> | null | undefined;
  threadId: string | number;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  newPassword: string;
  token: string;
};

/** What an account may do in the portal. */
export type Role = 'COORDINATOR' | 'DIPLOMAT' | 'GUEST' | 'SECRETARIAT';

export type SetCaseReadersInput = {
  caseId: string | number;
  userIds: Array<string | number>;
};

export type SetMeetingCaseListInput = {
  /** In the order they should appear. */
  entries: Array<CaseListEntryInput>;
  meetingId: string | number;
};

export type SetMeetingStatusInput = {
  id: string | number;
  /** Required for POSTPONED and CANCELLED. */
  reason?: string | null | undefined;
  status: MeetingStatus;
};

export type SetUserDisabledInput = {
  disabled: boolean;
  userId: string | number;
};

export type SlotInput = {
  endsAt: string;
  startsAt: string;
};

export type StartNoteCommentThreadInput = {
  anchorEnd: string;
  anchorStart: string;
  body: string;
  mentionUserIds?: Array<string | number> | null | undefined;
  noteId: string | number;
  quote: string;
};

/** What a theme timeline entry is. BENCHMARK_ANSWER is one partner’s assessment of a benchmark on the theme; CASE_ANSWER is one raising of an individual case on the theme and what came back (only for readers of the case). */
export type ThemeTimelineKind =
  'AGENDA_ITEM' | 'BENCHMARK_ANSWER' | 'BRIEFING_NOTE' | 'CASE_ANSWER' | 'MEETING';

/** From the least-squares slope over the last points (±0.25 steps per point). */
export type TrendDirection = 'IMPROVING' | 'INSUFFICIENT_DATA' | 'STABLE' | 'WORSENING';

export type UnInstrument = 'CAT' | 'HRC' | 'ICCPR' | 'ICESCR' | 'ILO' | 'UN_SPECIAL_PROCEDURES';

/** A UN treaty body or special procedure. */
export type UnMechanism =
  | 'CEDAW'
  | 'CERD'
  | 'CESCR'
  | 'COMMITTEE_AGAINST_TORTURE'
  | 'CRC'
  | 'HIGH_COMMISSIONER'
  | 'HUMAN_RIGHTS_COMMITTEE'
  | 'ILO_SUPERVISORY_BODIES'
  | 'SR_ADEQUATE_HOUSING'
  | 'SR_EXTRAJUDICIAL_EXECUTIONS'
  | 'SR_FREEDOM_OF_EXPRESSION'
  | 'SR_FREEDOM_OF_RELIGION'
  | 'SR_HUMAN_RIGHTS_DEFENDERS'
  | 'SR_INDEPENDENCE_OF_JUDGES'
  | 'SR_TORTURE'
  | 'WG_ARBITRARY_DETENTION';

/** Fields left out (or null, except assigneeId) stay as they are. */
export type UpdateActionItemInput = {
  /** null removes the assignee; left out keeps it. */
  assigneeId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  id: string | number;
  /** DONE records completedAt. */
  status?: ActionStatus | null | undefined;
  title?: string | null | undefined;
};

export type UpdateBenchmarkInput = {
  /** PARTNERS when left out. */
  classification?: Classification | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  /** Indicators, in order. */
  indicators?: Array<string> | null | undefined;
  kind?: BenchmarkKind | null | undefined;
  /** Users who may read a RESTRICTED benchmark besides cleared staff. */
  namedReaderIds?: Array<string | number> | null | undefined;
  statement?: string | null | undefined;
  /** The time limit, YYYY-MM-DD; null clears it. */
  targetDate?: string | null | undefined;
  /** Theme codes. */
  themeCodes?: Array<string> | null | undefined;
  /** e.g. "art. 9". */
  unArticle?: string | null | undefined;
  unInstrument?: UnInstrument | null | undefined;
  unMechanism?: UnMechanism | null | undefined;
  /** China’s UPR cycle: 1 (2009) … 4 (2024). */
  uprCycle?: number | null | undefined;
};

export type UpdateCaseInput = {
  birthYear?: number | null | undefined;
  charges?: string | null | undefined;
  /** YYYY-MM-DD; empty to clear. */
  detainedOn?: string | null | undefined;
  id: string | number;
  location?: string | null | undefined;
  name?: string | null | undefined;
  nativeName?: string | null | undefined;
  /** e.g. BP-2026-014; generated when left out. */
  reference?: string | null | undefined;
  region?: string | null | undefined;
  sentence?: string | null | undefined;
  sourceName?: string | null | undefined;
  sourceReference?: string | null | undefined;
  status?: CaseStatus | null | undefined;
  summary?: string | null | undefined;
  themeCodes?: Array<string> | null | undefined;
  vulnerableGroups?: Array<VulnerableGroup> | null | undefined;
};

/** Fields left out (or null, except userId) stay as they are. */
export type UpdateDelegationMemberInput = {
  function?: string | null | undefined;
  id: string | number;
  level?: DelegationLevel | null | undefined;
  ministry?: string | null | undefined;
  name?: string | null | undefined;
  /** null unlinks the account; left out keeps it. */
  userId?: string | number | null | undefined;
};

export type UsersFilter = {
  partnerCode?: PartnerCode | null | undefined;
  role?: Role | null | undefined;
  search?: string | null | undefined;
};

export type VulnerableGroup = 'CHILDREN' | 'ELDERLY' | 'ETHNIC_MINORITIES' | 'WOMEN';

export type ActionItemFieldsFragment = {
  id: string;
  title: string;
  description: string;
  meetingId: string | null;
  ownerPartner: PartnerCode;
  dueDate: string;
  status: ActionStatus;
  overdue: boolean;
  classification: Classification;
  canEdit: boolean;
  completedAt: string | null;
  updatedAt: string;
  meeting: {
    id: string;
    title: string;
    kind: MeetingKind;
    city: string;
    startsAt: string;
    status: MeetingStatus;
  } | null;
  assignee: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
};

export type MyActionItemsQueryVariables = Exact<{ [key: string]: never }>;

export type MyActionItemsQuery = {
  myActionItems: Array<{
    id: string;
    title: string;
    description: string;
    meetingId: string | null;
    ownerPartner: PartnerCode;
    dueDate: string;
    status: ActionStatus;
    overdue: boolean;
    classification: Classification;
    canEdit: boolean;
    completedAt: string | null;
    updatedAt: string;
    meeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      startsAt: string;
      status: MeetingStatus;
    } | null;
    assignee: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  }>;
};

export type MeetingActionItemsQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type MeetingActionItemsQuery = {
  actionItems: Array<{
    id: string;
    title: string;
    description: string;
    meetingId: string | null;
    ownerPartner: PartnerCode;
    dueDate: string;
    status: ActionStatus;
    overdue: boolean;
    classification: Classification;
    canEdit: boolean;
    completedAt: string | null;
    updatedAt: string;
    meeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      startsAt: string;
      status: MeetingStatus;
    } | null;
    assignee: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  }>;
  openActionItemsForNextMeeting: Array<{
    id: string;
    title: string;
    description: string;
    meetingId: string | null;
    ownerPartner: PartnerCode;
    dueDate: string;
    status: ActionStatus;
    overdue: boolean;
    classification: Classification;
    canEdit: boolean;
    completedAt: string | null;
    updatedAt: string;
    meeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      startsAt: string;
      status: MeetingStatus;
    } | null;
    assignee: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  }>;
};

export type ActionItemAssigneesQueryVariables = Exact<{
  ownerPartner?: PartnerCode | null | undefined;
  classification: Classification;
}>;

export type ActionItemAssigneesQuery = {
  actionItemAssignees: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
};

export type CreateActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;

export type CreateActionItemMutation = {
  createActionItem: {
    id: string;
    title: string;
    description: string;
    meetingId: string | null;
    ownerPartner: PartnerCode;
    dueDate: string;
    status: ActionStatus;
    overdue: boolean;
    classification: Classification;
    canEdit: boolean;
    completedAt: string | null;
    updatedAt: string;
    meeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      startsAt: string;
      status: MeetingStatus;
    } | null;
    assignee: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  };
};

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;

export type UpdateActionItemMutation = {
  updateActionItem: {
    id: string;
    title: string;
    description: string;
    meetingId: string | null;
    ownerPartner: PartnerCode;
    dueDate: string;
    status: ActionStatus;
    overdue: boolean;
    classification: Classification;
    canEdit: boolean;
    completedAt: string | null;
    updatedAt: string;
    meeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      startsAt: string;
      status: MeetingStatus;
    } | null;
    assignee: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  };
};

export type AgendaPersonFieldsFragment = {
  id: string;
  displayName: string;
  partnerCode: PartnerCode | null;
};

export type AgendaItemFieldsFragment = {
  id: string;
  meetingId: string;
  title: string;
  description: string;
  proposingPartner: PartnerCode;
  minutes: number;
  position: number;
  state: AgendaItemState;
  themeCodes: Array<string>;
  vulnerableGroups: Array<VulnerableGroup>;
  influenceRegion: InfluenceRegion | null;
  guestVisible: boolean;
  silenceDeadline: string | null;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
  consents: Array<{
    partnerCode: PartnerCode;
    position: ConsentPosition;
    text: string | null;
    at: string | null;
    by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  }>;
  history: Array<{
    event: string;
    fromState: AgendaItemState | null;
    toState: AgendaItemState | null;
    partnerCode: PartnerCode | null;
    detail: string | null;
    at: string;
    by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  }>;
};

export type AgendaFieldsFragment = {
  meetingId: string;
  status: string;
  version: number;
  lockedAt: string | null;
  partnerCodes: Array<PartnerCode>;
  allocatedMinutes: number;
  meetingMinutes: number;
  isChair: boolean;
  speaksFor: PartnerCode | null;
  memberOf: PartnerCode | null;
  items: Array<{
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  }>;
};

export type AgendaQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type AgendaQuery = {
  agenda: {
    meetingId: string;
    status: string;
    version: number;
    lockedAt: string | null;
    partnerCodes: Array<PartnerCode>;
    allocatedMinutes: number;
    meetingMinutes: number;
    isChair: boolean;
    speaksFor: PartnerCode | null;
    memberOf: PartnerCode | null;
    items: Array<{
      id: string;
      meetingId: string;
      title: string;
      description: string;
      proposingPartner: PartnerCode;
      minutes: number;
      position: number;
      state: AgendaItemState;
      themeCodes: Array<string>;
      vulnerableGroups: Array<VulnerableGroup>;
      influenceRegion: InfluenceRegion | null;
      guestVisible: boolean;
      silenceDeadline: string | null;
      createdAt: string;
      updatedAt: string;
      canEdit: boolean;
      proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
      consents: Array<{
        partnerCode: PartnerCode;
        position: ConsentPosition;
        text: string | null;
        at: string | null;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
      history: Array<{
        event: string;
        fromState: AgendaItemState | null;
        toState: AgendaItemState | null;
        partnerCode: PartnerCode | null;
        detail: string | null;
        at: string;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
    }>;
  };
};

export type AgendaVersionsQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type AgendaVersionsQuery = {
  agendaVersions: Array<{
    number: number;
    lockedAt: string;
    reopenedAt: string | null;
    reopenReason: string | null;
    snapshot: string;
  }>;
};

export type AgendaSpeakersQueryVariables = Exact<{
  partnerCode: PartnerCode;
}>;

export type AgendaSpeakersQuery = {
  agendaSpeakers: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
};

export type PartnerDiplomatsQueryVariables = Exact<{
  partnerCode: PartnerCode;
}>;

export type PartnerDiplomatsQuery = {
  users: Array<{ id: string; displayName: string; email: string; disabled: boolean }>;
};

export type AgendaBriefingNotesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type AgendaBriefingNotesQuery = {
  briefingNotes: Array<{ id: string; title: string; classification: Classification }>;
};

export type ProposeAgendaItemMutationVariables = Exact<{
  input: ProposeAgendaItemInput;
}>;

export type ProposeAgendaItemMutation = {
  proposeAgendaItem: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type EditAgendaItemMutationVariables = Exact<{
  input: EditAgendaItemInput;
}>;

export type EditAgendaItemMutation = {
  editAgendaItem: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type RecordAgendaConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type RecordAgendaConsentMutation = {
  recordAgendaConsent: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type OpenAgendaSilenceProcedureMutationVariables = Exact<{
  input: OpenSilenceInput;
}>;

export type OpenAgendaSilenceProcedureMutation = {
  openAgendaSilenceProcedure: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type WithdrawAgendaItemMutationVariables = Exact<{
  id: string | number;
}>;

export type WithdrawAgendaItemMutation = {
  withdrawAgendaItem: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type DeferAgendaItemMutationVariables = Exact<{
  id: string | number;
}>;

export type DeferAgendaItemMutation = {
  deferAgendaItem: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type ReinstateAgendaItemMutationVariables = Exact<{
  id: string | number;
}>;

export type ReinstateAgendaItemMutation = {
  reinstateAgendaItem: {
    id: string;
    meetingId: string;
    title: string;
    description: string;
    proposingPartner: PartnerCode;
    minutes: number;
    position: number;
    state: AgendaItemState;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    influenceRegion: InfluenceRegion | null;
    guestVisible: boolean;
    silenceDeadline: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
    consents: Array<{
      partnerCode: PartnerCode;
      position: ConsentPosition;
      text: string | null;
      at: string | null;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    history: Array<{
      event: string;
      fromState: AgendaItemState | null;
      toState: AgendaItemState | null;
      partnerCode: PartnerCode | null;
      detail: string | null;
      at: string;
      by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
  };
};

export type ReorderAgendaMutationVariables = Exact<{
  meetingId: string | number;
  itemIds: Array<string | number> | string | number;
}>;

export type ReorderAgendaMutation = {
  reorderAgenda: {
    meetingId: string;
    status: string;
    version: number;
    lockedAt: string | null;
    partnerCodes: Array<PartnerCode>;
    allocatedMinutes: number;
    meetingMinutes: number;
    isChair: boolean;
    speaksFor: PartnerCode | null;
    memberOf: PartnerCode | null;
    items: Array<{
      id: string;
      meetingId: string;
      title: string;
      description: string;
      proposingPartner: PartnerCode;
      minutes: number;
      position: number;
      state: AgendaItemState;
      themeCodes: Array<string>;
      vulnerableGroups: Array<VulnerableGroup>;
      influenceRegion: InfluenceRegion | null;
      guestVisible: boolean;
      silenceDeadline: string | null;
      createdAt: string;
      updatedAt: string;
      canEdit: boolean;
      proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
      consents: Array<{
        partnerCode: PartnerCode;
        position: ConsentPosition;
        text: string | null;
        at: string | null;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
      history: Array<{
        event: string;
        fromState: AgendaItemState | null;
        toState: AgendaItemState | null;
        partnerCode: PartnerCode | null;
        detail: string | null;
        at: string;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
    }>;
  };
};

export type LockAgendaMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type LockAgendaMutation = {
  lockAgenda: {
    meetingId: string;
    status: string;
    version: number;
    lockedAt: string | null;
    partnerCodes: Array<PartnerCode>;
    allocatedMinutes: number;
    meetingMinutes: number;
    isChair: boolean;
    speaksFor: PartnerCode | null;
    memberOf: PartnerCode | null;
    items: Array<{
      id: string;
      meetingId: string;
      title: string;
      description: string;
      proposingPartner: PartnerCode;
      minutes: number;
      position: number;
      state: AgendaItemState;
      themeCodes: Array<string>;
      vulnerableGroups: Array<VulnerableGroup>;
      influenceRegion: InfluenceRegion | null;
      guestVisible: boolean;
      silenceDeadline: string | null;
      createdAt: string;
      updatedAt: string;
      canEdit: boolean;
      proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
      consents: Array<{
        partnerCode: PartnerCode;
        position: ConsentPosition;
        text: string | null;
        at: string | null;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
      history: Array<{
        event: string;
        fromState: AgendaItemState | null;
        toState: AgendaItemState | null;
        partnerCode: PartnerCode | null;
        detail: string | null;
        at: string;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
    }>;
  };
};

export type ReopenAgendaMutationVariables = Exact<{
  meetingId: string | number;
  reason: string;
}>;

export type ReopenAgendaMutation = {
  reopenAgenda: {
    meetingId: string;
    status: string;
    version: number;
    lockedAt: string | null;
    partnerCodes: Array<PartnerCode>;
    allocatedMinutes: number;
    meetingMinutes: number;
    isChair: boolean;
    speaksFor: PartnerCode | null;
    memberOf: PartnerCode | null;
    items: Array<{
      id: string;
      meetingId: string;
      title: string;
      description: string;
      proposingPartner: PartnerCode;
      minutes: number;
      position: number;
      state: AgendaItemState;
      themeCodes: Array<string>;
      vulnerableGroups: Array<VulnerableGroup>;
      influenceRegion: InfluenceRegion | null;
      guestVisible: boolean;
      silenceDeadline: string | null;
      createdAt: string;
      updatedAt: string;
      canEdit: boolean;
      proposedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      links: Array<{ kind: AgendaLinkKind; targetId: string; title: string; path: string }>;
      consents: Array<{
        partnerCode: PartnerCode;
        position: ConsentPosition;
        text: string | null;
        at: string | null;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
      history: Array<{
        event: string;
        fromState: AgendaItemState | null;
        toState: AgendaItemState | null;
        partnerCode: PartnerCode | null;
        detail: string | null;
        at: string;
        by: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      }>;
    }>;
  };
};

export type SetAgendaSpeakerMutationVariables = Exact<{
  userId: string | number;
  speaks: boolean;
}>;

export type SetAgendaSpeakerMutation = {
  setAgendaSpeaker: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
};

export type AgendaMeetingRefFieldsFragment = {
  id: string;
  title: string;
  kind: MeetingKind;
  city: string;
  timeZone: string;
  startsAt: string;
  status: MeetingStatus;
  path: string;
};

export type AgendaOutcomeFieldsFragment = {
  state: AgendaItemState;
  summary: string;
  positions: Array<{ partnerCode: PartnerCode; position: ConsentPosition; text: string | null }>;
};

export type AgendaItemSummaryFieldsFragment = {
  id: string;
  meetingId: string;
  title: string;
  description: string;
  proposingPartner: PartnerCode;
  minutes: number;
  state: AgendaItemState;
  themeCodes: Array<string>;
  vulnerableGroups: Array<VulnerableGroup>;
  influenceRegion: InfluenceRegion | null;
  path: string;
  meeting: {
    id: string;
    title: string;
    kind: MeetingKind;
    city: string;
    timeZone: string;
    startsAt: string;
    status: MeetingStatus;
    path: string;
  };
  outcome: {
    state: AgendaItemState;
    summary: string;
    positions: Array<{ partnerCode: PartnerCode; position: ConsentPosition; text: string | null }>;
  };
};

export type AgendaItemsRaisedBeforeQueryVariables = Exact<{
  themeCodes: Array<string> | string;
  excludeMeetingId?: string | number | null | undefined;
  limit: number;
}>;

export type AgendaItemsRaisedBeforeQuery = {
  agendaItemsRaisedBefore: Array<{
    sharedThemeCodes: Array<string>;
    item: {
      id: string;
      meetingId: string;
      title: string;
      description: string;
      proposingPartner: PartnerCode;
      minutes: number;
      state: AgendaItemState;
      themeCodes: Array<string>;
      vulnerableGroups: Array<VulnerableGroup>;
      influenceRegion: InfluenceRegion | null;
      path: string;
      meeting: {
        id: string;
        title: string;
        kind: MeetingKind;
        city: string;
        timeZone: string;
        startsAt: string;
        status: MeetingStatus;
        path: string;
      };
      outcome: {
        state: AgendaItemState;
        summary: string;
        positions: Array<{
          partnerCode: PartnerCode;
          position: ConsentPosition;
          text: string | null;
        }>;
      };
    };
  }>;
};

export type AgendaItemHistoryOnThemesQueryVariables = Exact<{
  itemId: string | number;
  limit: number;
}>;

export type AgendaItemHistoryOnThemesQuery = {
  agendaItemHistoryOnThemes: Array<{
    sharedThemeCodes: Array<string>;
    item: {
      id: string;
      meetingId: string;
      title: string;
      description: string;
      proposingPartner: PartnerCode;
      minutes: number;
      state: AgendaItemState;
      themeCodes: Array<string>;
      vulnerableGroups: Array<VulnerableGroup>;
      influenceRegion: InfluenceRegion | null;
      path: string;
      meeting: {
        id: string;
        title: string;
        kind: MeetingKind;
        city: string;
        timeZone: string;
        startsAt: string;
        status: MeetingStatus;
        path: string;
      };
      outcome: {
        state: AgendaItemState;
        summary: string;
        positions: Array<{
          partnerCode: PartnerCode;
          position: ConsentPosition;
          text: string | null;
        }>;
      };
    };
  }>;
};

export type AgendaSuggestionsQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type AgendaSuggestionsQuery = {
  agendaSuggestions: {
    previousMeeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      timeZone: string;
      startsAt: string;
      status: MeetingStatus;
      path: string;
    } | null;
    suggestions: Array<{
      reason: AgendaSuggestionReason;
      why: string;
      title: string;
      description: string;
      alreadyOnAgenda: boolean;
      agendaItem: {
        id: string;
        meetingId: string;
        title: string;
        description: string;
        proposingPartner: PartnerCode;
        minutes: number;
        state: AgendaItemState;
        themeCodes: Array<string>;
        vulnerableGroups: Array<VulnerableGroup>;
        influenceRegion: InfluenceRegion | null;
        path: string;
        meeting: {
          id: string;
          title: string;
          kind: MeetingKind;
          city: string;
          timeZone: string;
          startsAt: string;
          status: MeetingStatus;
          path: string;
        };
        outcome: {
          state: AgendaItemState;
          summary: string;
          positions: Array<{
            partnerCode: PartnerCode;
            position: ConsentPosition;
            text: string | null;
          }>;
        };
      } | null;
      actionItem: {
        id: string;
        title: string;
        dueDate: string;
        status: ActionStatus;
        ownerPartner: PartnerCode;
      } | null;
    }>;
  };
};

export type ThemeTimelineQueryVariables = Exact<{
  themeCode: string;
  limit: number;
}>;

export type ThemeTimelineQuery = {
  themeTimeline: Array<{
    kind: ThemeTimelineKind;
    id: string;
    date: string;
    title: string;
    partnerCode: PartnerCode | null;
    path: string;
    meetingCounts: {
      agendaItems: number;
      briefingNotes: number;
      benchmarkAssessments: number;
      states: Array<{ state: AgendaItemState; count: number }>;
    } | null;
    meeting: {
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      timeZone: string;
      startsAt: string;
      status: MeetingStatus;
      path: string;
    } | null;
    outcome: {
      state: AgendaItemState;
      summary: string;
      positions: Array<{
        partnerCode: PartnerCode;
        position: ConsentPosition;
        text: string | null;
      }>;
    } | null;
  }>;
};

export type SearchAgendaItemsQueryVariables = Exact<{
  filter?: AgendaItemSearchFilter | null | undefined;
  limit: number;
  offset: number;
}>;

export type SearchAgendaItemsQuery = {
  searchAgendaItems: {
    total: number;
    offset: number;
    limit: number;
    results: Array<{
      item: {
        id: string;
        meetingId: string;
        title: string;
        description: string;
        proposingPartner: PartnerCode;
        minutes: number;
        state: AgendaItemState;
        themeCodes: Array<string>;
        vulnerableGroups: Array<VulnerableGroup>;
        influenceRegion: InfluenceRegion | null;
        path: string;
        meeting: {
          id: string;
          title: string;
          kind: MeetingKind;
          city: string;
          timeZone: string;
          startsAt: string;
          status: MeetingStatus;
          path: string;
        };
        outcome: {
          state: AgendaItemState;
          summary: string;
          positions: Array<{
            partnerCode: PartnerCode;
            position: ConsentPosition;
            text: string | null;
          }>;
        };
      };
      titleHighlights: Array<{ start: number; length: number }>;
      snippet: { text: string; highlights: Array<{ start: number; length: number }> } | null;
    }>;
  };
};

export type AuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  offset: number;
  limit: number;
}>;

export type AuditLogQuery = {
  auditLog: {
    total: number;
    entries: Array<{
      id: string;
      at: string;
      actorId: string | null;
      actorEmail: string | null;
      action: string;
      resourceType: string | null;
      resourceId: string | null;
      outcome: AuditOutcome;
      ip: string | null;
      details: string | null;
    }>;
  };
};

export type VerifyAuditLogQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyAuditLogQuery = {
  verifyAuditLog: { ok: boolean; checked: number; firstBrokenId: string | null };
};

export type CurrentUserFieldsFragment = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  clearedForRestricted: boolean;
  disabled: boolean;
  locale: string;
  partner: {
    code: PartnerCode;
    name: string;
    nameFr: string;
    capital: string;
    timeZone: string;
    color: string;
  } | null;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    clearedForRestricted: boolean;
    disabled: boolean;
    locale: string;
    partner: {
      code: PartnerCode;
      name: string;
      nameFr: string;
      capital: string;
      timeZone: string;
      color: string;
    } | null;
  };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    clearedForRestricted: boolean;
    disabled: boolean;
    locale: string;
    partner: {
      code: PartnerCode;
      name: string;
      nameFr: string;
      capital: string;
      timeZone: string;
      color: string;
    } | null;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type BenchmarkListFieldsFragment = {
  id: string;
  kind: BenchmarkKind;
  statement: string;
  holder: PartnerCode;
  holders: Array<PartnerCode>;
  targetDate: string | null;
  daysToDeadline: number | null;
  overdue: boolean;
  active: boolean;
  themeCodes: Array<string>;
  classification: Classification;
  alignedObjective: { id: string; title: string } | null;
  latestAssessment: {
    id: string;
    status: AssessmentStatus;
    date: string;
    partnerCode: PartnerCode;
  } | null;
  trend: { direction: TrendDirection; explanation: string };
};

export type BenchmarksQueryVariables = Exact<{
  filter?: BenchmarksFilter | null | undefined;
}>;

export type BenchmarksQuery = {
  benchmarks: Array<{
    id: string;
    kind: BenchmarkKind;
    statement: string;
    holder: PartnerCode;
    holders: Array<PartnerCode>;
    targetDate: string | null;
    daysToDeadline: number | null;
    overdue: boolean;
    active: boolean;
    themeCodes: Array<string>;
    classification: Classification;
    alignedObjective: { id: string; title: string } | null;
    latestAssessment: {
      id: string;
      status: AssessmentStatus;
      date: string;
      partnerCode: PartnerCode;
    } | null;
    trend: { direction: TrendDirection; explanation: string };
  }>;
};

export type SuspensionCriteriaQueryVariables = Exact<{
  filter?: BenchmarksFilter | null | undefined;
}>;

export type SuspensionCriteriaQuery = {
  suspensionCriteria: Array<{
    id: string;
    kind: BenchmarkKind;
    statement: string;
    holder: PartnerCode;
    holders: Array<PartnerCode>;
    targetDate: string | null;
    daysToDeadline: number | null;
    overdue: boolean;
    active: boolean;
    themeCodes: Array<string>;
    classification: Classification;
    alignedObjective: { id: string; title: string } | null;
    latestAssessment: {
      id: string;
      status: AssessmentStatus;
      date: string;
      partnerCode: PartnerCode;
    } | null;
    trend: { direction: TrendDirection; explanation: string };
  }>;
};

export type BenchmarkDashboardQueryVariables = Exact<{
  filter?: BenchmarkDashboardFilter | null | undefined;
}>;

export type BenchmarkDashboardQuery = {
  benchmarkDashboard: {
    benchmarkCount: number;
    openConflictCount: number;
    rounds: Array<{
      meetingId: string;
      title: string;
      city: string;
      startsAt: string;
      periodStart: string;
    }>;
    rows: Array<{
      themeCode: string | null;
      benchmarkCount: number;
      cells: Array<{
        meetingId: string;
        average: number;
        median: number;
        medianStatus: AssessmentStatus;
        count: number;
        benchmarkCount: number;
      }>;
      trend: { direction: TrendDirection; explanation: string };
    }>;
    statusCounts: Array<{ status: AssessmentStatus | null; count: number }>;
    upcoming: Array<{
      benchmarkId: string;
      statement: string;
      holder: PartnerCode;
      kind: BenchmarkKind;
      targetDate: string;
      daysLeft: number;
      latestStatus: AssessmentStatus | null;
    }>;
    overdue: Array<{
      benchmarkId: string;
      statement: string;
      holder: PartnerCode;
      kind: BenchmarkKind;
      targetDate: string;
      daysLeft: number;
      latestStatus: AssessmentStatus | null;
    }>;
  };
};

export type BenchmarkQueryVariables = Exact<{
  id: string | number;
}>;

export type BenchmarkQuery = {
  benchmark: {
    id: string;
    kind: BenchmarkKind;
    statement: string;
    description: string;
    holder: PartnerCode;
    holders: Array<PartnerCode>;
    targetDate: string | null;
    daysToDeadline: number | null;
    overdue: boolean;
    active: boolean;
    withdrawnAt: string | null;
    withdrawnReason: string | null;
    themeCodes: Array<string>;
    indicators: Array<string>;
    classification: Classification;
    canAssess: boolean;
    canEdit: boolean;
    canManage: boolean;
    alignedObjective: { id: string; title: string } | null;
    unReference: {
      label: string;
      instrument: UnInstrument | null;
      article: string | null;
      mechanism: UnMechanism | null;
      uprCycle: number | null;
    };
    trend: {
      direction: TrendDirection;
      explanation: string;
      slope: number | null;
      change: number | null;
      average: number | null;
      count: number;
      window: number;
      latestStatus: AssessmentStatus | null;
      latestDate: string | null;
    };
    partnerTrends: Array<{
      partnerCode: PartnerCode;
      points: Array<{
        assessmentId: string;
        date: string;
        score: number;
        status: AssessmentStatus;
      }>;
      trend: { direction: TrendDirection; explanation: string };
    }>;
    assessments: Array<{
      id: string;
      partnerCode: PartnerCode;
      status: AssessmentStatus;
      score: number;
      date: string;
      evidence: string;
      links: Array<string>;
      chinaResponse: string;
      effective: boolean;
      supersedesId: string | null;
      supersededById: string | null;
      recordedAt: string;
      recordedBy: { id: string; displayName: string } | null;
      meeting: { id: string; title: string; startsAt: string } | null;
    }>;
    conflicts: Array<{
      id: string;
      kind: BenchmarkConflictKind;
      status: BenchmarkConflictStatus;
      active: boolean;
      canResolve: boolean;
      detectedAt: string;
      resolvedAt: string | null;
      resolutionNote: string | null;
      resolvedBy: { id: string; displayName: string } | null;
      alignedObjective: { id: string; title: string } | null;
      sideA: {
        benchmarkId: string;
        holder: PartnerCode;
        partnerCode: PartnerCode;
        kind: BenchmarkKind;
        statement: string;
        targetDate: string | null;
        assessmentStatus: AssessmentStatus | null;
        assessmentDate: string | null;
      } | null;
      sideB: {
        benchmarkId: string;
        holder: PartnerCode;
        partnerCode: PartnerCode;
        kind: BenchmarkKind;
        statement: string;
        targetDate: string | null;
        assessmentStatus: AssessmentStatus | null;
        assessmentDate: string | null;
      } | null;
    }>;
  };
};

export type BenchmarkConflictFieldsFragment = {
  id: string;
  kind: BenchmarkConflictKind;
  status: BenchmarkConflictStatus;
  active: boolean;
  canResolve: boolean;
  detectedAt: string;
  resolvedAt: string | null;
  resolutionNote: string | null;
  resolvedBy: { id: string; displayName: string } | null;
  alignedObjective: { id: string; title: string } | null;
  sideA: {
    benchmarkId: string;
    holder: PartnerCode;
    partnerCode: PartnerCode;
    kind: BenchmarkKind;
    statement: string;
    targetDate: string | null;
    assessmentStatus: AssessmentStatus | null;
    assessmentDate: string | null;
  } | null;
  sideB: {
    benchmarkId: string;
    holder: PartnerCode;
    partnerCode: PartnerCode;
    kind: BenchmarkKind;
    statement: string;
    targetDate: string | null;
    assessmentStatus: AssessmentStatus | null;
    assessmentDate: string | null;
  } | null;
};

export type BenchmarkConflictsQueryVariables = Exact<{
  filter?: BenchmarkConflictsFilter | null | undefined;
}>;

export type BenchmarkConflictsQuery = {
  benchmarkConflicts: Array<{
    id: string;
    kind: BenchmarkConflictKind;
    status: BenchmarkConflictStatus;
    active: boolean;
    canResolve: boolean;
    detectedAt: string;
    resolvedAt: string | null;
    resolutionNote: string | null;
    resolvedBy: { id: string; displayName: string } | null;
    alignedObjective: { id: string; title: string } | null;
    sideA: {
      benchmarkId: string;
      holder: PartnerCode;
      partnerCode: PartnerCode;
      kind: BenchmarkKind;
      statement: string;
      targetDate: string | null;
      assessmentStatus: AssessmentStatus | null;
      assessmentDate: string | null;
    } | null;
    sideB: {
      benchmarkId: string;
      holder: PartnerCode;
      partnerCode: PartnerCode;
      kind: BenchmarkKind;
      statement: string;
      targetDate: string | null;
      assessmentStatus: AssessmentStatus | null;
      assessmentDate: string | null;
    } | null;
  }>;
};

export type BenchmarkMatrixQueryVariables = Exact<{
  filter?: BenchmarkMatrixFilter | null | undefined;
}>;

export type BenchmarkMatrixQuery = {
  benchmarkMatrix: {
    partners: Array<PartnerCode>;
    rows: Array<{
      title: string;
      themeCodes: Array<string>;
      openConflictCount: number;
      conflictKinds: Array<BenchmarkConflictKind>;
      alignedObjective: { id: string; title: string } | null;
      cells: Array<{
        benchmarkId: string;
        partnerCode: PartnerCode;
        kind: BenchmarkKind;
        targetDate: string | null;
        latestStatus: AssessmentStatus | null;
        overdue: boolean;
        trend: TrendDirection;
        statement: string;
      }>;
    }>;
  };
};

export type AlignedObjectivesQueryVariables = Exact<{ [key: string]: never }>;

export type AlignedObjectivesQuery = {
  alignedObjectives: Array<{
    id: string;
    title: string;
    holders: Array<PartnerCode>;
    canEdit: boolean;
    openConflictCount: number;
  }>;
};

export type CreateBenchmarkMutationVariables = Exact<{
  input: CreateBenchmarkInput;
}>;

export type CreateBenchmarkMutation = { createBenchmark: { id: string } };

export type UpdateBenchmarkMutationVariables = Exact<{
  input: UpdateBenchmarkInput;
}>;

export type UpdateBenchmarkMutation = { updateBenchmark: { id: string } };

export type AlignBenchmarkMutationVariables = Exact<{
  benchmarkId: string | number;
  alignedObjectiveId?: string | number | null | undefined;
}>;

export type AlignBenchmarkMutation = {
  alignBenchmark: { id: string; alignedObjective: { id: string; title: string } | null };
};

export type CreateAlignedObjectiveMutationVariables = Exact<{
  input: CreateAlignedObjectiveInput;
}>;

export type CreateAlignedObjectiveMutation = {
  createAlignedObjective: { id: string; title: string };
};

export type RecordBenchmarkAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;

export type RecordBenchmarkAssessmentMutation = { recordBenchmarkAssessment: { id: string } };

export type ResolveBenchmarkConflictMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;

export type ResolveBenchmarkConflictMutation = {
  resolveBenchmarkConflict: {
    id: string;
    status: BenchmarkConflictStatus;
    resolutionNote: string | null;
  };
};

export type ImportBenchmarksCsvMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
}>;

export type ImportBenchmarksCsvMutation = {
  importBenchmarksCsv: {
    ok: boolean;
    dryRun: boolean;
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    objectivesCreated: Array<string>;
    errors: Array<{ row: number; column: string; message: string }>;
  };
};

export type BriefingNoteFieldsFragment = {
  id: string;
  title: string;
  docName: string;
  classification: Classification;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
  canShare: boolean;
  ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
  themes: Array<{ code: string; name: string; nameFr: string }>;
  authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
};

export type BriefingNotesQueryVariables = Exact<{
  filter?: BriefingNotesFilter | null | undefined;
}>;

export type BriefingNotesQuery = {
  briefingNotes: Array<{
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  }>;
};

export type BriefingNoteQueryVariables = Exact<{
  id: string | number;
}>;

export type BriefingNoteQuery = {
  briefingNote: {
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  };
};

export type ThemesQueryVariables = Exact<{ [key: string]: never }>;

export type ThemesQuery = { themes: Array<{ code: string; name: string; nameFr: string }> };

export type CreateBriefingNoteMutationVariables = Exact<{
  input: CreateBriefingNoteInput;
}>;

export type CreateBriefingNoteMutation = {
  createBriefingNote: {
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  };
};

export type RenameBriefingNoteMutationVariables = Exact<{
  input: RenameBriefingNoteInput;
}>;

export type RenameBriefingNoteMutation = {
  renameBriefingNote: {
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  };
};

export type ReclassifyBriefingNoteMutationVariables = Exact<{
  input: ReclassifyBriefingNoteInput;
}>;

export type ReclassifyBriefingNoteMutation = {
  reclassifyBriefingNote: {
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  };
};

export type ArchiveBriefingNoteMutationVariables = Exact<{
  id: string | number;
}>;

export type ArchiveBriefingNoteMutation = {
  archiveBriefingNote: {
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  };
};

export type UnarchiveBriefingNoteMutationVariables = Exact<{
  id: string | number;
}>;

export type UnarchiveBriefingNoteMutation = {
  unarchiveBriefingNote: {
    id: string;
    title: string;
    docName: string;
    classification: Classification;
    archivedAt: string | null;
    createdAt: string;
    updatedAt: string;
    canEdit: boolean;
    canShare: boolean;
    ownerPartner: { code: PartnerCode; name: string; nameFr: string; color: string };
    themes: Array<{ code: string; name: string; nameFr: string }>;
    authors: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  };
};

export type NoteCommentThreadFieldsFragment = {
  id: string;
  noteId: string;
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  createdAt: string;
  resolvedAt: string | null;
  canResolve: boolean;
  createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
  resolvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  comments: Array<{
    id: string;
    body: string;
    createdAt: string;
    author: { id: string; displayName: string; partnerCode: PartnerCode | null };
    mentions: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  }>;
};

export type BriefingNoteCommentsQueryVariables = Exact<{
  noteId: string | number;
  includeResolved: boolean;
}>;

export type BriefingNoteCommentsQuery = {
  briefingNoteComments: Array<{
    id: string;
    noteId: string;
    anchorStart: string;
    anchorEnd: string;
    quote: string;
    createdAt: string;
    resolvedAt: string | null;
    canResolve: boolean;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    resolvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string; partnerCode: PartnerCode | null };
      mentions: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    }>;
  }>;
};

export type BriefingNoteMentionableQueryVariables = Exact<{
  noteId: string | number;
}>;

export type BriefingNoteMentionableQuery = {
  briefingNoteMentionable: Array<{
    id: string;
    displayName: string;
    partnerCode: PartnerCode | null;
  }>;
};

export type StartNoteCommentThreadMutationVariables = Exact<{
  input: StartNoteCommentThreadInput;
}>;

export type StartNoteCommentThreadMutation = {
  startNoteCommentThread: {
    id: string;
    noteId: string;
    anchorStart: string;
    anchorEnd: string;
    quote: string;
    createdAt: string;
    resolvedAt: string | null;
    canResolve: boolean;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    resolvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string; partnerCode: PartnerCode | null };
      mentions: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    }>;
  };
};

export type ReplyToNoteCommentMutationVariables = Exact<{
  input: ReplyToNoteCommentInput;
}>;

export type ReplyToNoteCommentMutation = {
  replyToNoteComment: {
    id: string;
    noteId: string;
    anchorStart: string;
    anchorEnd: string;
    quote: string;
    createdAt: string;
    resolvedAt: string | null;
    canResolve: boolean;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    resolvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string; partnerCode: PartnerCode | null };
      mentions: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    }>;
  };
};

export type ResolveNoteCommentThreadMutationVariables = Exact<{
  id: string | number;
}>;

export type ResolveNoteCommentThreadMutation = {
  resolveNoteCommentThread: {
    id: string;
    noteId: string;
    anchorStart: string;
    anchorEnd: string;
    quote: string;
    createdAt: string;
    resolvedAt: string | null;
    canResolve: boolean;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    resolvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string; partnerCode: PartnerCode | null };
      mentions: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    }>;
  };
};

export type ReopenNoteCommentThreadMutationVariables = Exact<{
  id: string | number;
}>;

export type ReopenNoteCommentThreadMutation = {
  reopenNoteCommentThread: {
    id: string;
    noteId: string;
    anchorStart: string;
    anchorEnd: string;
    quote: string;
    createdAt: string;
    resolvedAt: string | null;
    canResolve: boolean;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    resolvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    comments: Array<{
      id: string;
      body: string;
      createdAt: string;
      author: { id: string; displayName: string; partnerCode: PartnerCode | null };
      mentions: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    }>;
  };
};

export type NotePersonFieldsFragment = {
  id: string;
  displayName: string;
  partnerCode: PartnerCode | null;
};

export type NoteVersionFieldsFragment = {
  id: string;
  noteId: string;
  number: number;
  kind: NoteVersionKind;
  name: string | null;
  createdAt: string;
  restoredFromNumber: number | null;
  sealedAt: string | null;
  createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  approvals: Array<{
    partnerCode: PartnerCode;
    approvedAt: string;
    approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
  }>;
};

export type BriefingNoteVersionsQueryVariables = Exact<{
  noteId: string | number;
}>;

export type BriefingNoteVersionsQuery = {
  briefingNoteVersions: Array<{
    id: string;
    noteId: string;
    number: number;
    kind: NoteVersionKind;
    name: string | null;
    createdAt: string;
    restoredFromNumber: number | null;
    sealedAt: string | null;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    approvals: Array<{
      partnerCode: PartnerCode;
      approvedAt: string;
      approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    }>;
  }>;
};

export type BriefingNoteVersionQueryVariables = Exact<{
  id: string | number;
}>;

export type BriefingNoteVersionQuery = {
  briefingNoteVersion: {
    state: string;
    version: {
      id: string;
      noteId: string;
      number: number;
      kind: NoteVersionKind;
      name: string | null;
      createdAt: string;
      restoredFromNumber: number | null;
      sealedAt: string | null;
      createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      approvals: Array<{
        partnerCode: PartnerCode;
        approvedAt: string;
        approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
      }>;
    };
  };
};

export type BriefingNoteVersionDiffQueryVariables = Exact<{
  fromId: string | number;
  toId?: string | number | null | undefined;
}>;

export type BriefingNoteVersionDiffQuery = {
  briefingNoteVersionDiff: {
    added: number;
    removed: number;
    from: { id: string; number: number; name: string | null };
    to: { id: string; number: number; name: string | null } | null;
    lines: Array<{ change: NoteDiffChange; text: string }>;
  };
};

export type NameBriefingNoteVersionMutationVariables = Exact<{
  noteId: string | number;
  name: string;
}>;

export type NameBriefingNoteVersionMutation = {
  nameBriefingNoteVersion: {
    id: string;
    noteId: string;
    number: number;
    kind: NoteVersionKind;
    name: string | null;
    createdAt: string;
    restoredFromNumber: number | null;
    sealedAt: string | null;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    approvals: Array<{
      partnerCode: PartnerCode;
      approvedAt: string;
      approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    }>;
  };
};

export type RestoreBriefingNoteVersionMutationVariables = Exact<{
  id: string | number;
}>;

export type RestoreBriefingNoteVersionMutation = {
  restoreBriefingNoteVersion: {
    id: string;
    noteId: string;
    number: number;
    kind: NoteVersionKind;
    name: string | null;
    createdAt: string;
    restoredFromNumber: number | null;
    sealedAt: string | null;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    approvals: Array<{
      partnerCode: PartnerCode;
      approvedAt: string;
      approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    }>;
  };
};

export type ApproveBriefingNoteVersionMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveBriefingNoteVersionMutation = {
  approveBriefingNoteVersion: {
    id: string;
    noteId: string;
    number: number;
    kind: NoteVersionKind;
    name: string | null;
    createdAt: string;
    restoredFromNumber: number | null;
    sealedAt: string | null;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    approvals: Array<{
      partnerCode: PartnerCode;
      approvedAt: string;
      approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    }>;
  };
};

export type SealBriefingNoteVersionMutationVariables = Exact<{
  id: string | number;
}>;

export type SealBriefingNoteVersionMutation = {
  sealBriefingNoteVersion: {
    id: string;
    noteId: string;
    number: number;
    kind: NoteVersionKind;
    name: string | null;
    createdAt: string;
    restoredFromNumber: number | null;
    sealedAt: string | null;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    sealedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    approvals: Array<{
      partnerCode: PartnerCode;
      approvedAt: string;
      approvedBy: { id: string; displayName: string; partnerCode: PartnerCode | null };
    }>;
  };
};

export type CaseListFieldsFragment = {
  id: string;
  reference: string;
  name: string;
  nativeName: string;
  status: CaseStatus;
  region: string;
  ownerPartner: PartnerCode;
  themeCodes: Array<string>;
  vulnerableGroups: Array<VulnerableGroup>;
  raisedBy: Array<PartnerCode>;
  awaitingAnswers: number;
  lastRaising: {
    id: string;
    partnerCode: PartnerCode;
    channel: CaseRaisingChannel;
    raisedOn: string;
    answerKind: CaseAnswerKind;
    answeredOn: string | null;
  } | null;
  raisings: Array<{ id: string; raisedOn: string; answerKind: CaseAnswerKind }>;
};

export type CaseRaisingFieldsFragment = {
  id: string;
  caseId: string;
  partnerCode: PartnerCode;
  channel: CaseRaisingChannel;
  raisedOn: string;
  request: string;
  answerKind: CaseAnswerKind;
  answer: string;
  answeredOn: string | null;
  daysToAnswer: number | null;
  recordedAt: string;
  answerRecordedAt: string | null;
  canRecordAnswer: boolean;
  meeting: { id: string; title: string; startsAt: string } | null;
  recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
};

export type CaseFieldsFragment = {
  birthYear: number | null;
  detainedOn: string | null;
  charges: string;
  sentence: string;
  location: string;
  summary: string;
  sourceName: string;
  sourceReference: string;
  canEdit: boolean;
  canManage: boolean;
  createdAt: string;
  updatedAt: string;
  id: string;
  reference: string;
  name: string;
  nativeName: string;
  status: CaseStatus;
  region: string;
  ownerPartner: PartnerCode;
  themeCodes: Array<string>;
  vulnerableGroups: Array<VulnerableGroup>;
  raisedBy: Array<PartnerCode>;
  awaitingAnswers: number;
  raisings: Array<{
    id: string;
    raisedOn: string;
    answerKind: CaseAnswerKind;
    caseId: string;
    partnerCode: PartnerCode;
    channel: CaseRaisingChannel;
    request: string;
    answer: string;
    answeredOn: string | null;
    daysToAnswer: number | null;
    recordedAt: string;
    answerRecordedAt: string | null;
    canRecordAnswer: boolean;
    meeting: { id: string; title: string; startsAt: string } | null;
    recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  }>;
  namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
  createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  lastRaising: {
    id: string;
    partnerCode: PartnerCode;
    channel: CaseRaisingChannel;
    raisedOn: string;
    answerKind: CaseAnswerKind;
    answeredOn: string | null;
  } | null;
};

export type CasesQueryVariables = Exact<{
  filter?: CasesFilter | null | undefined;
}>;

export type CasesQuery = {
  cases: Array<{
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
    raisings: Array<{ id: string; raisedOn: string; answerKind: CaseAnswerKind }>;
  }>;
};

export type CasePickerQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type CasePickerQuery = {
  cases: Array<{ id: string; reference: string; name: string; status: CaseStatus }>;
};

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;

export type CaseQuery = {
  case: {
    birthYear: number | null;
    detainedOn: string | null;
    charges: string;
    sentence: string;
    location: string;
    summary: string;
    sourceName: string;
    sourceReference: string;
    canEdit: boolean;
    canManage: boolean;
    createdAt: string;
    updatedAt: string;
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    raisings: Array<{
      id: string;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      caseId: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      request: string;
      answer: string;
      answeredOn: string | null;
      daysToAnswer: number | null;
      recordedAt: string;
      answerRecordedAt: string | null;
      canRecordAnswer: boolean;
      meeting: { id: string; title: string; startsAt: string } | null;
      recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
  };
};

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;

export type CreateCaseMutation = {
  createCase: {
    birthYear: number | null;
    detainedOn: string | null;
    charges: string;
    sentence: string;
    location: string;
    summary: string;
    sourceName: string;
    sourceReference: string;
    canEdit: boolean;
    canManage: boolean;
    createdAt: string;
    updatedAt: string;
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    raisings: Array<{
      id: string;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      caseId: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      request: string;
      answer: string;
      answeredOn: string | null;
      daysToAnswer: number | null;
      recordedAt: string;
      answerRecordedAt: string | null;
      canRecordAnswer: boolean;
      meeting: { id: string; title: string; startsAt: string } | null;
      recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
  };
};

export type UpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;

export type UpdateCaseMutation = {
  updateCase: {
    birthYear: number | null;
    detainedOn: string | null;
    charges: string;
    sentence: string;
    location: string;
    summary: string;
    sourceName: string;
    sourceReference: string;
    canEdit: boolean;
    canManage: boolean;
    createdAt: string;
    updatedAt: string;
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    raisings: Array<{
      id: string;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      caseId: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      request: string;
      answer: string;
      answeredOn: string | null;
      daysToAnswer: number | null;
      recordedAt: string;
      answerRecordedAt: string | null;
      canRecordAnswer: boolean;
      meeting: { id: string; title: string; startsAt: string } | null;
      recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
  };
};

export type RecordCaseRaisingMutationVariables = Exact<{
  input: RecordCaseRaisingInput;
}>;

export type RecordCaseRaisingMutation = {
  recordCaseRaising: {
    birthYear: number | null;
    detainedOn: string | null;
    charges: string;
    sentence: string;
    location: string;
    summary: string;
    sourceName: string;
    sourceReference: string;
    canEdit: boolean;
    canManage: boolean;
    createdAt: string;
    updatedAt: string;
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    raisings: Array<{
      id: string;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      caseId: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      request: string;
      answer: string;
      answeredOn: string | null;
      daysToAnswer: number | null;
      recordedAt: string;
      answerRecordedAt: string | null;
      canRecordAnswer: boolean;
      meeting: { id: string; title: string; startsAt: string } | null;
      recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
  };
};

export type RecordCaseAnswerMutationVariables = Exact<{
  input: RecordCaseAnswerInput;
}>;

export type RecordCaseAnswerMutation = {
  recordCaseAnswer: {
    birthYear: number | null;
    detainedOn: string | null;
    charges: string;
    sentence: string;
    location: string;
    summary: string;
    sourceName: string;
    sourceReference: string;
    canEdit: boolean;
    canManage: boolean;
    createdAt: string;
    updatedAt: string;
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    raisings: Array<{
      id: string;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      caseId: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      request: string;
      answer: string;
      answeredOn: string | null;
      daysToAnswer: number | null;
      recordedAt: string;
      answerRecordedAt: string | null;
      canRecordAnswer: boolean;
      meeting: { id: string; title: string; startsAt: string } | null;
      recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
  };
};

export type SetCaseReadersMutationVariables = Exact<{
  input: SetCaseReadersInput;
}>;

export type SetCaseReadersMutation = {
  setCaseReaders: {
    birthYear: number | null;
    detainedOn: string | null;
    charges: string;
    sentence: string;
    location: string;
    summary: string;
    sourceName: string;
    sourceReference: string;
    canEdit: boolean;
    canManage: boolean;
    createdAt: string;
    updatedAt: string;
    id: string;
    reference: string;
    name: string;
    nativeName: string;
    status: CaseStatus;
    region: string;
    ownerPartner: PartnerCode;
    themeCodes: Array<string>;
    vulnerableGroups: Array<VulnerableGroup>;
    raisedBy: Array<PartnerCode>;
    awaitingAnswers: number;
    raisings: Array<{
      id: string;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      caseId: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      request: string;
      answer: string;
      answeredOn: string | null;
      daysToAnswer: number | null;
      recordedAt: string;
      answerRecordedAt: string | null;
      canRecordAnswer: boolean;
      meeting: { id: string; title: string; startsAt: string } | null;
      recordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
      answerRecordedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    }>;
    namedReaders: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
    createdBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    updatedBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    lastRaising: {
      id: string;
      partnerCode: PartnerCode;
      channel: CaseRaisingChannel;
      raisedOn: string;
      answerKind: CaseAnswerKind;
      answeredOn: string | null;
    } | null;
  };
};

export type CaseReaderCandidatesQueryVariables = Exact<{ [key: string]: never }>;

export type CaseReaderCandidatesQuery = {
  actionItemAssignees: Array<{ id: string; displayName: string; partnerCode: PartnerCode | null }>;
};

export type MeetingCaseListFieldsFragment = {
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  hostPartner: PartnerCode | null;
  sentAt: string | null;
  updatedAt: string | null;
  canEdit: boolean;
  daysBeforeRound: number | null;
  sentBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
  entries: Array<{
    position: number;
    request: string;
    case: {
      id: string;
      reference: string;
      name: string;
      nativeName: string;
      status: CaseStatus;
      region: string;
      detainedOn: string | null;
    };
  }>;
};

export type MeetingCaseListQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type MeetingCaseListQuery = {
  meeting: {
    id: string;
    kind: MeetingKind;
    title: string;
    status: MeetingStatus;
    hostPartner: PartnerCode | null;
  };
  meetingCaseList: {
    meetingId: string;
    meetingTitle: string;
    meetingStartsAt: string;
    hostPartner: PartnerCode | null;
    sentAt: string | null;
    updatedAt: string | null;
    canEdit: boolean;
    daysBeforeRound: number | null;
    sentBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    entries: Array<{
      position: number;
      request: string;
      case: {
        id: string;
        reference: string;
        name: string;
        nativeName: string;
        status: CaseStatus;
        region: string;
        detainedOn: string | null;
      };
    }>;
  };
};

export type SetMeetingCaseListMutationVariables = Exact<{
  input: SetMeetingCaseListInput;
}>;

export type SetMeetingCaseListMutation = {
  setMeetingCaseList: {
    meetingId: string;
    meetingTitle: string;
    meetingStartsAt: string;
    hostPartner: PartnerCode | null;
    sentAt: string | null;
    updatedAt: string | null;
    canEdit: boolean;
    daysBeforeRound: number | null;
    sentBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    entries: Array<{
      position: number;
      request: string;
      case: {
        id: string;
        reference: string;
        name: string;
        nativeName: string;
        status: CaseStatus;
        region: string;
        detainedOn: string | null;
      };
    }>;
  };
};

export type MarkMeetingCaseListSentMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type MarkMeetingCaseListSentMutation = {
  markMeetingCaseListSent: {
    meetingId: string;
    meetingTitle: string;
    meetingStartsAt: string;
    hostPartner: PartnerCode | null;
    sentAt: string | null;
    updatedAt: string | null;
    canEdit: boolean;
    daysBeforeRound: number | null;
    sentBy: { id: string; displayName: string; partnerCode: PartnerCode | null } | null;
    entries: Array<{
      position: number;
      request: string;
      case: {
        id: string;
        reference: string;
        name: string;
        nativeName: string;
        status: CaseStatus;
        region: string;
        detainedOn: string | null;
      };
    }>;
  };
};

export type DelegationMemberFieldsFragment = {
  id: string;
  meetingId: string;
  partnerCode: PartnerCode;
  name: string;
  ministry: string;
  function: string;
  level: DelegationLevel;
  userId: string | null;
};

export type MeetingDelegationsQueryVariables = Exact<{
  meetingId: string | number;
}>;

export type MeetingDelegationsQuery = {
  meetingDelegations: Array<{
    meetingId: string;
    partnerCode: PartnerCode;
    canEdit: boolean;
    members: Array<{
      id: string;
      meetingId: string;
      partnerCode: PartnerCode;
      name: string;
      ministry: string;
      function: string;
      level: DelegationLevel;
      userId: string | null;
    }>;
  }>;
};

export type DelegationContinuityQueryVariables = Exact<{
  partnerCode: PartnerCode;
}>;

export type DelegationContinuityQuery = {
  delegationContinuity: {
    partnerCode: PartnerCode;
    people: Array<{
      name: string;
      meetingCount: number;
      firstSeen: string;
      lastSeen: string;
      userId: string | null;
      attendances: Array<{
        memberId: string;
        name: string;
        ministry: string;
        function: string;
        level: DelegationLevel;
        meeting: {
          id: string;
          title: string;
          kind: MeetingKind;
          city: string;
          timeZone: string;
          startsAt: string;
          status: MeetingStatus;
        };
      }>;
    }>;
    meetingsWithoutRoster: Array<{
      id: string;
      title: string;
      kind: MeetingKind;
      city: string;
      timeZone: string;
      startsAt: string;
      status: MeetingStatus;
    }>;
  };
};

export type AddDelegationMemberMutationVariables = Exact<{
  input: AddDelegationMemberInput;
}>;

export type AddDelegationMemberMutation = {
  addDelegationMember: {
    id: string;
    meetingId: string;
    partnerCode: PartnerCode;
    name: string;
    ministry: string;
    function: string;
    level: DelegationLevel;
    userId: string | null;
  };
};

export type UpdateDelegationMemberMutationVariables = Exact<{
  input: UpdateDelegationMemberInput;
}>;

export type UpdateDelegationMemberMutation = {
  updateDelegationMember: {
    id: string;
    meetingId: string;
    partnerCode: PartnerCode;
    name: string;
    ministry: string;
    function: string;
    level: DelegationLevel;
    userId: string | null;
  };
};

export type RemoveDelegationMemberMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveDelegationMemberMutation = { removeDelegationMember: string };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never }>;

export type CalendarFeedQuery = {
  calendarFeed: { createdAt: string; lastUsedAt: string | null } | null;
};

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string; createdAt: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type PartnersQueryVariables = Exact<{ [key: string]: never }>;

export type PartnersQuery = {
  partners: Array<{
    code: PartnerCode;
    name: string;
    nameFr: string;
    capital: string;
    timeZone: string;
    color: string;
  }>;
};

export type MeetingFieldsFragment = {
  id: string;
  kind: MeetingKind;
  title: string;
  venue: string | null;
  city: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  status: MeetingStatus;
  statusReason: string | null;
  hostPartner: PartnerCode | null;
  classification: Classification;
  partnerCodes: Array<PartnerCode>;
  canManage: boolean;
  icsPath: string;
};

export type MeetingsQueryVariables = Exact<{
  filter: MeetingsFilter;
}>;

export type MeetingsQuery = {
  meetings: Array<{
    id: string;
    kind: MeetingKind;
    title: string;
    venue: string | null;
    city: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
    status: MeetingStatus;
    statusReason: string | null;
    hostPartner: PartnerCode | null;
    classification: Classification;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    icsPath: string;
  }>;
};

export type MeetingQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingQuery = {
  meeting: {
    id: string;
    kind: MeetingKind;
    title: string;
    venue: string | null;
    city: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
    status: MeetingStatus;
    statusReason: string | null;
    hostPartner: PartnerCode | null;
    classification: Classification;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    icsPath: string;
  };
};

export type SetMeetingStatusMutationVariables = Exact<{
  input: SetMeetingStatusInput;
}>;

export type SetMeetingStatusMutation = {
  setMeetingStatus: {
    id: string;
    kind: MeetingKind;
    title: string;
    venue: string | null;
    city: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
    status: MeetingStatus;
    statusReason: string | null;
    hostPartner: PartnerCode | null;
    classification: Classification;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    icsPath: string;
  };
};

export type PollSummaryFieldsFragment = {
  id: string;
  title: string;
  kind: MeetingKind;
  venue: string | null;
  city: string;
  timeZone: string;
  hostPartner: PartnerCode | null;
  status: PollStatus;
  meetingId: string | null;
  partnerCodes: Array<PartnerCode>;
  canManage: boolean;
  myPartner: PartnerCode | null;
  createdAt: string;
};

export type PollFieldsFragment = {
  id: string;
  title: string;
  kind: MeetingKind;
  venue: string | null;
  city: string;
  timeZone: string;
  hostPartner: PartnerCode | null;
  status: PollStatus;
  meetingId: string | null;
  partnerCodes: Array<PartnerCode>;
  canManage: boolean;
  myPartner: PartnerCode | null;
  createdAt: string;
  slots: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    rank: number;
    score: number;
    problems: number;
    local: Array<{
      partnerCode: PartnerCode;
      timeZone: string;
      localStart: string;
      localEnd: string;
      outsideWorkingHours: boolean;
      weekend: boolean;
      holiday: string | null;
    }>;
    partnerAnswers: Array<{ partnerCode: PartnerCode; answer: PollAnswer | null }>;
    votes: Array<{
      userId: string;
      displayName: string;
      partnerCode: PartnerCode;
      answer: PollAnswer;
    }>;
  }>;
};

export type SchedulingPollsQueryVariables = Exact<{
  includeClosed: boolean;
}>;

export type SchedulingPollsQuery = {
  schedulingPolls: Array<{
    id: string;
    title: string;
    kind: MeetingKind;
    venue: string | null;
    city: string;
    timeZone: string;
    hostPartner: PartnerCode | null;
    status: PollStatus;
    meetingId: string | null;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    myPartner: PartnerCode | null;
    createdAt: string;
    slots: Array<{ id: string; startsAt: string; endsAt: string }>;
  }>;
};

export type SchedulingPollQueryVariables = Exact<{
  id: string | number;
}>;

export type SchedulingPollQuery = {
  schedulingPoll: {
    id: string;
    title: string;
    kind: MeetingKind;
    venue: string | null;
    city: string;
    timeZone: string;
    hostPartner: PartnerCode | null;
    status: PollStatus;
    meetingId: string | null;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    myPartner: PartnerCode | null;
    createdAt: string;
    slots: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      rank: number;
      score: number;
      problems: number;
      local: Array<{
        partnerCode: PartnerCode;
        timeZone: string;
        localStart: string;
        localEnd: string;
        outsideWorkingHours: boolean;
        weekend: boolean;
        holiday: string | null;
      }>;
      partnerAnswers: Array<{ partnerCode: PartnerCode; answer: PollAnswer | null }>;
      votes: Array<{
        userId: string;
        displayName: string;
        partnerCode: PartnerCode;
        answer: PollAnswer;
      }>;
    }>;
  };
};

export type CreateSchedulingPollMutationVariables = Exact<{
  input: CreatePollInput;
}>;

export type CreateSchedulingPollMutation = {
  createSchedulingPoll: {
    id: string;
    title: string;
    kind: MeetingKind;
    venue: string | null;
    city: string;
    timeZone: string;
    hostPartner: PartnerCode | null;
    status: PollStatus;
    meetingId: string | null;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    myPartner: PartnerCode | null;
    createdAt: string;
    slots: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      rank: number;
      score: number;
      problems: number;
      local: Array<{
        partnerCode: PartnerCode;
        timeZone: string;
        localStart: string;
        localEnd: string;
        outsideWorkingHours: boolean;
        weekend: boolean;
        holiday: string | null;
      }>;
      partnerAnswers: Array<{ partnerCode: PartnerCode; answer: PollAnswer | null }>;
      votes: Array<{
        userId: string;
        displayName: string;
        partnerCode: PartnerCode;
        answer: PollAnswer;
      }>;
    }>;
  };
};

export type AnswerSchedulingPollMutationVariables = Exact<{
  pollId: string | number;
  answers: Array<PollAnswerInput> | PollAnswerInput;
}>;

export type AnswerSchedulingPollMutation = {
  answerSchedulingPoll: {
    id: string;
    title: string;
    kind: MeetingKind;
    venue: string | null;
    city: string;
    timeZone: string;
    hostPartner: PartnerCode | null;
    status: PollStatus;
    meetingId: string | null;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    myPartner: PartnerCode | null;
    createdAt: string;
    slots: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      rank: number;
      score: number;
      problems: number;
      local: Array<{
        partnerCode: PartnerCode;
        timeZone: string;
        localStart: string;
        localEnd: string;
        outsideWorkingHours: boolean;
        weekend: boolean;
        holiday: string | null;
      }>;
      partnerAnswers: Array<{ partnerCode: PartnerCode; answer: PollAnswer | null }>;
      votes: Array<{
        userId: string;
        displayName: string;
        partnerCode: PartnerCode;
        answer: PollAnswer;
      }>;
    }>;
  };
};

export type ConfirmSchedulingPollMutationVariables = Exact<{
  pollId: string | number;
  slotId: string | number;
}>;

export type ConfirmSchedulingPollMutation = {
  confirmSchedulingPoll: {
    id: string;
    kind: MeetingKind;
    title: string;
    venue: string | null;
    city: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
    status: MeetingStatus;
    statusReason: string | null;
    hostPartner: PartnerCode | null;
    classification: Classification;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    icsPath: string;
  };
};

export type CloseSchedulingPollMutationVariables = Exact<{
  pollId: string | number;
}>;

export type CloseSchedulingPollMutation = {
  closeSchedulingPoll: {
    id: string;
    title: string;
    kind: MeetingKind;
    venue: string | null;
    city: string;
    timeZone: string;
    hostPartner: PartnerCode | null;
    status: PollStatus;
    meetingId: string | null;
    partnerCodes: Array<PartnerCode>;
    canManage: boolean;
    myPartner: PartnerCode | null;
    createdAt: string;
    slots: Array<{
      id: string;
      startsAt: string;
      endsAt: string;
      rank: number;
      score: number;
      problems: number;
      local: Array<{
        partnerCode: PartnerCode;
        timeZone: string;
        localStart: string;
        localEnd: string;
        outsideWorkingHours: boolean;
        weekend: boolean;
        holiday: string | null;
      }>;
      partnerAnswers: Array<{ partnerCode: PartnerCode; answer: PollAnswer | null }>;
      votes: Array<{
        userId: string;
        displayName: string;
        partnerCode: PartnerCode;
        answer: PollAnswer;
      }>;
    }>;
  };
};

export type NotificationsQueryVariables = Exact<{
  unreadOnly: boolean;
  limit: number;
}>;

export type NotificationsQuery = {
  notifications: Array<{
    id: string;
    kind: string;
    actorName: string | null;
    targetTitle: string | null;
    targetPath: string | null;
    createdAt: string;
    readAt: string | null;
  }>;
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type UsersQueryVariables = Exact<{
  filter?: UsersFilter | null | undefined;
}>;

export type UsersQuery = {
  users: Array<{
    id: string;
    email: string;
    displayName: string;
    role: Role;
    clearedForRestricted: boolean;
    disabled: boolean;
    partner: { code: PartnerCode; name: string; nameFr: string } | null;
  }>;
};

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;

export type InviteUserMutation = {
  inviteUser: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    clearedForRestricted: boolean;
    disabled: boolean;
    partner: { code: PartnerCode; name: string; nameFr: string } | null;
  };
};

export type SetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;

export type SetUserDisabledMutation = { setUserDisabled: { id: string; disabled: boolean } };

export const ActionItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const AgendaPersonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaPersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaPerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaPersonFieldsFragment, unknown>;
export const AgendaItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaItemFieldsFragment, unknown>;
export const AgendaFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agenda' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocatedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
          { kind: 'Field', name: { kind: 'Name', value: 'speaksFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberOf' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaFieldsFragment, unknown>;
export const AgendaMeetingRefFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaMeetingRefFieldsFragment, unknown>;
export const AgendaOutcomeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaOutcomeFieldsFragment, unknown>;
export const AgendaItemSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaMeetingRefFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaOutcomeFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaItemSummaryFieldsFragment, unknown>;
export const CurrentUserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clearedForRestricted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CurrentUserFieldsFragment, unknown>;
export const BenchmarkListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Benchmark' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkListFieldsFragment, unknown>;
export const BenchmarkConflictFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkConflictFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarkConflict' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sideA' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sideB' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkConflictFieldsFragment, unknown>;
export const BriefingNoteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteFieldsFragment, unknown>;
export const NotePersonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotePersonFieldsFragment, unknown>;
export const NoteCommentThreadFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteCommentThreadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteCommentThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NoteCommentThreadFieldsFragment, unknown>;
export const NoteVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NoteVersionFieldsFragment, unknown>;
export const CaseListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseListFieldsFragment, unknown>;
export const CaseRaisingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseRaisingFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const MeetingCaseListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingCaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingCaseList' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysBeforeRound' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'request' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingCaseListFieldsFragment, unknown>;
export const DelegationMemberFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DelegationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DelegationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'function' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DelegationMemberFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'icsPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const PollSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PollSummaryFieldsFragment, unknown>;
export const PollFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'local' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outsideWorkingHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holiday' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerAnswers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'votes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PollFieldsFragment, unknown>;
export const MyActionItemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyActionItems' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myActionItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const MeetingActionItemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingActionItems' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionItems' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'meetingId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openActionItemsForNextMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingActionItemsQuery, MeetingActionItemsQueryVariables>;
export const ActionItemAssigneesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionItemAssignees' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ownerPartner' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerCode' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'classification' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Classification' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionItemAssignees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ownerPartner' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ownerPartner' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'classification' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'classification' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionItemAssigneesQuery, ActionItemAssigneesQueryVariables>;
export const CreateActionItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateActionItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateActionItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createActionItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateActionItemMutation, CreateActionItemMutationVariables>;
export const UpdateActionItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateActionItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateActionItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateActionItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const AgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Agenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agenda' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocatedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
          { kind: 'Field', name: { kind: 'Name', value: 'speaksFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberOf' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaQuery, AgendaQueryVariables>;
export const AgendaVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopenedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reopenReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'snapshot' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaVersionsQuery, AgendaVersionsQueryVariables>;
export const AgendaSpeakersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaSpeakers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partnerCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerCode' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaSpeakers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'partnerCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'partnerCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaPersonFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaPersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaPerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaSpeakersQuery, AgendaSpeakersQueryVariables>;
export const PartnerDiplomatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnerDiplomats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partnerCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerCode' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'partnerCode' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'partnerCode' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'role' },
                      value: { kind: 'EnumValue', value: 'DIPLOMAT' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnerDiplomatsQuery, PartnerDiplomatsQueryVariables>;
export const AgendaBriefingNotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaBriefingNotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNotes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'IntValue', value: '20' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaBriefingNotesQuery, AgendaBriefingNotesQueryVariables>;
export const ProposeAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeAgendaItemMutation, ProposeAgendaItemMutationVariables>;
export const EditAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditAgendaItemMutation, EditAgendaItemMutationVariables>;
export const RecordAgendaConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAgendaConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAgendaConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAgendaConsentMutation, RecordAgendaConsentMutationVariables>;
export const OpenAgendaSilenceProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenAgendaSilenceProcedure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpenSilenceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openAgendaSilenceProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  OpenAgendaSilenceProcedureMutation,
  OpenAgendaSilenceProcedureMutationVariables
>;
export const WithdrawAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAgendaItemMutation, WithdrawAgendaItemMutationVariables>;
export const DeferAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeferAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deferAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeferAgendaItemMutation, DeferAgendaItemMutationVariables>;
export const ReinstateAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReinstateAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reinstateAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReinstateAgendaItemMutation, ReinstateAgendaItemMutationVariables>;
export const ReorderAgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReorderAgenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'itemIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reorderAgenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'itemIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'itemIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agenda' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocatedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
          { kind: 'Field', name: { kind: 'Name', value: 'speaksFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberOf' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReorderAgendaMutation, ReorderAgendaMutationVariables>;
export const LockAgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LockAgenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lockAgenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agenda' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocatedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
          { kind: 'Field', name: { kind: 'Name', value: 'speaksFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberOf' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LockAgendaMutation, LockAgendaMutationVariables>;
export const ReopenAgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenAgenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenAgenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'position' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guestVisible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'silenceDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'links' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'event' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'by' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agenda' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allocatedMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isChair' } },
          { kind: 'Field', name: { kind: 'Name', value: 'speaksFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberOf' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaItemFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenAgendaMutation, ReopenAgendaMutationVariables>;
export const SetAgendaSpeakerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAgendaSpeaker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'speaks' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAgendaSpeaker' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'speaks' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'speaks' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaPersonFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaPersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaPerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAgendaSpeakerMutation, SetAgendaSpeakerMutationVariables>;
export const AgendaItemsRaisedBeforeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaItemsRaisedBefore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'themeCodes' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'excludeMeetingId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItemsRaisedBefore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'themeCodes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'themeCodes' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'excludeMeetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'excludeMeetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sharedThemeCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaMeetingRefFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaOutcomeFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaItemsRaisedBeforeQuery, AgendaItemsRaisedBeforeQueryVariables>;
export const AgendaItemHistoryOnThemesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaItemHistoryOnThemes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaItemHistoryOnThemes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'itemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'itemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sharedThemeCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'item' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaMeetingRefFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaOutcomeFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AgendaItemHistoryOnThemesQuery,
  AgendaItemHistoryOnThemesQueryVariables
>;
export const AgendaSuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgendaSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agendaSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'previousMeeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'suggestions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'why' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'alreadyOnAgenda' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agendaItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actionItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaMeetingRefFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaOutcomeFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgendaSuggestionsQuery, AgendaSuggestionsQueryVariables>;
export const ThemeTimelineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ThemeTimeline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'themeCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themeTimeline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'themeCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'themeCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetingCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'agendaItems' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'states' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'briefingNotes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'benchmarkAssessments' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AgendaOutcomeFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThemeTimelineQuery, ThemeTimelineQueryVariables>;
export const SearchAgendaItemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchAgendaItems' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemSearchFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'searchAgendaItems' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'offset' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'item' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'titleHighlights' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'snippet' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'highlights' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'length' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaMeetingRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaMeetingRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaOutcome' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'positions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AgendaItemSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposingPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'influenceRegion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'path' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaMeetingRefFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AgendaOutcomeFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchAgendaItemsQuery, SearchAgendaItemsQueryVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'offset' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'offset' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorEmail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resourceType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'resourceId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyAuditLog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAuditLog' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstBrokenId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyAuditLogQuery, VerifyAuditLogQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUserFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clearedForRestricted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CurrentUserFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CurrentUserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clearedForRestricted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPasswordResetInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const BenchmarksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Benchmarks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarksFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'benchmarks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BenchmarkListFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Benchmark' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarksQuery, BenchmarksQueryVariables>;
export const SuspensionCriteriaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SuspensionCriteria' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarksFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspensionCriteria' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BenchmarkListFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Benchmark' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'latestAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trend' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuspensionCriteriaQuery, SuspensionCriteriaQueryVariables>;
export const BenchmarkDashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BenchmarkDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarkDashboardFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'benchmarkDashboard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openConflictCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rounds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'themeCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'benchmarkCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'medianStatus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'benchmarkCount' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trend' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'upcoming' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'latestStatus' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overdue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysLeft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'latestStatus' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkDashboardQuery, BenchmarkDashboardQueryVariables>;
export const BenchmarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Benchmark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'benchmark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysToDeadline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawnReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indicators' } },
                { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canAssess' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'alignedObjective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unReference' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'instrument' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'article' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mechanism' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uprCycle' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'trend' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slope' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'average' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'window' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'latestStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'latestDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerTrends' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'points' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'assessmentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'trend' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'links' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'chinaResponse' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effective' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supersedesId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'supersededById' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recordedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'meeting' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'BenchmarkConflictFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkConflictFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarkConflict' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sideA' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sideB' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkQuery, BenchmarkQueryVariables>;
export const BenchmarkConflictsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BenchmarkConflicts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarkConflictsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'benchmarkConflicts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'BenchmarkConflictFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BenchmarkConflictFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarkConflict' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detectedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolutionNote' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjective' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sideA' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sideB' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holder' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessmentDate' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkConflictsQuery, BenchmarkConflictsQueryVariables>;
export const BenchmarkMatrixDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BenchmarkMatrix' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BenchmarkMatrixFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'benchmarkMatrix' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partners' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'openConflictCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conflictKinds' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'alignedObjective' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'benchmarkId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'latestStatus' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trend' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statement' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BenchmarkMatrixQuery, BenchmarkMatrixQueryVariables>;
export const AlignedObjectivesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AlignedObjectives' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignedObjectives' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'openConflictCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AlignedObjectivesQuery, AlignedObjectivesQueryVariables>;
export const CreateBenchmarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBenchmark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateBenchmarkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBenchmark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateBenchmarkMutation, CreateBenchmarkMutationVariables>;
export const UpdateBenchmarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBenchmark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBenchmarkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBenchmark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBenchmarkMutation, UpdateBenchmarkMutationVariables>;
export const AlignBenchmarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AlignBenchmark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'benchmarkId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'alignedObjectiveId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alignBenchmark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'benchmarkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'benchmarkId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'alignedObjectiveId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'alignedObjectiveId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'alignedObjective' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AlignBenchmarkMutation, AlignBenchmarkMutationVariables>;
export const CreateAlignedObjectiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAlignedObjective' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateAlignedObjectiveInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAlignedObjective' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateAlignedObjectiveMutation,
  CreateAlignedObjectiveMutationVariables
>;
export const RecordBenchmarkAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordBenchmarkAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordBenchmarkAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordBenchmarkAssessmentMutation,
  RecordBenchmarkAssessmentMutationVariables
>;
export const ResolveBenchmarkConflictDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveBenchmarkConflict' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveBenchmarkConflict' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'resolutionNote' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResolveBenchmarkConflictMutation,
  ResolveBenchmarkConflictMutationVariables
>;
export const ImportBenchmarksCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportBenchmarksCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importBenchmarksCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'csv' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dryRun' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'created' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'objectivesCreated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'errors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportBenchmarksCsvMutation, ImportBenchmarksCsvMutationVariables>;
export const BriefingNotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNotesFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNotes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNotesQuery, BriefingNotesQueryVariables>;
export const BriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteQuery, BriefingNoteQueryVariables>;
export const ThemesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Themes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThemesQuery, ThemesQueryVariables>;
export const CreateBriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateBriefingNoteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBriefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateBriefingNoteMutation, CreateBriefingNoteMutationVariables>;
export const RenameBriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenameBriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameBriefingNoteInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameBriefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenameBriefingNoteMutation, RenameBriefingNoteMutationVariables>;
export const ReclassifyBriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReclassifyBriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReclassifyBriefingNoteInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reclassifyBriefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReclassifyBriefingNoteMutation,
  ReclassifyBriefingNoteMutationVariables
>;
export const ArchiveBriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveBriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveBriefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveBriefingNoteMutation, ArchiveBriefingNoteMutationVariables>;
export const UnarchiveBriefingNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnarchiveBriefingNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unarchiveBriefingNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'BriefingNoteFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BriefingNoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BriefingNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'docName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'archivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canShare' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerPartner' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'authors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnarchiveBriefingNoteMutation, UnarchiveBriefingNoteMutationVariables>;
export const BriefingNoteCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNoteComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeResolved' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNoteComments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'noteId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeResolved' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeResolved' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NoteCommentThreadFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteCommentThreadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteCommentThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteCommentsQuery, BriefingNoteCommentsQueryVariables>;
export const BriefingNoteMentionableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNoteMentionable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNoteMentionable' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'noteId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteMentionableQuery, BriefingNoteMentionableQueryVariables>;
export const StartNoteCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartNoteCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'StartNoteCommentThreadInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startNoteCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NoteCommentThreadFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteCommentThreadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteCommentThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  StartNoteCommentThreadMutation,
  StartNoteCommentThreadMutationVariables
>;
export const ReplyToNoteCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplyToNoteComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReplyToNoteCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replyToNoteComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NoteCommentThreadFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteCommentThreadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteCommentThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplyToNoteCommentMutation, ReplyToNoteCommentMutationVariables>;
export const ResolveNoteCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveNoteCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveNoteCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NoteCommentThreadFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteCommentThreadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteCommentThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResolveNoteCommentThreadMutation,
  ResolveNoteCommentThreadMutationVariables
>;
export const ReopenNoteCommentThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenNoteCommentThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenNoteCommentThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'NoteCommentThreadFields' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteCommentThreadFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteCommentThread' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'anchorEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canResolve' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolvedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'author' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReopenNoteCommentThreadMutation,
  ReopenNoteCommentThreadMutationVariables
>;
export const BriefingNoteVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNoteVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNoteVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'noteId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteVersionsQuery, BriefingNoteVersionsQueryVariables>;
export const BriefingNoteVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNoteVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNoteVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'NoteVersionFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteVersionQuery, BriefingNoteVersionQueryVariables>;
export const BriefingNoteVersionDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BriefingNoteVersionDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'briefingNoteVersionDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'from' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'to' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BriefingNoteVersionDiffQuery, BriefingNoteVersionDiffQueryVariables>;
export const NameBriefingNoteVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NameBriefingNoteVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nameBriefingNoteVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'noteId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'noteId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  NameBriefingNoteVersionMutation,
  NameBriefingNoteVersionMutationVariables
>;
export const RestoreBriefingNoteVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreBriefingNoteVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreBriefingNoteVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RestoreBriefingNoteVersionMutation,
  RestoreBriefingNoteVersionMutationVariables
>;
export const ApproveBriefingNoteVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveBriefingNoteVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveBriefingNoteVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ApproveBriefingNoteVersionMutation,
  ApproveBriefingNoteVersionMutationVariables
>;
export const SealBriefingNoteVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SealBriefingNoteVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealBriefingNoteVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteVersionFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotePersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotePerson' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NoteVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noteId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restoredFromNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sealedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approvals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'approvedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotePersonFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SealBriefingNoteVersionMutation,
  SealBriefingNoteVersionMutationVariables
>;
export const CasesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Cases' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CasesFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CasePickerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CasePicker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cases' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CasePickerQuery, CasePickerQueryVariables>;
export const CaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Case' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'case' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const CreateCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const UpdateCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCaseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const RecordCaseRaisingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCaseRaising' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCaseRaisingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCaseRaising' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCaseRaisingMutation, RecordCaseRaisingMutationVariables>;
export const RecordCaseAnswerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordCaseAnswer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordCaseAnswerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordCaseAnswer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordCaseAnswerMutation, RecordCaseAnswerMutationVariables>;
export const SetCaseReadersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCaseReaders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetCaseReadersInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCaseReaders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themeCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'vulnerableGroups' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingAnswers' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lastRaising' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseRaisingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseRaising' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'raisedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'request' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysToAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerRecordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canRecordAnswer' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerRecordedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CaseFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'IndividualCase' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthYear' } },
          { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'charges' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'raisings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CaseRaisingFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedReaders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCaseReadersMutation, SetCaseReadersMutationVariables>;
export const CaseReaderCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseReaderCandidates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionItemAssignees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'classification' },
                value: { kind: 'EnumValue', value: 'PARTNERS' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseReaderCandidatesQuery, CaseReaderCandidatesQueryVariables>;
export const MeetingCaseListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingCaseList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingCaseList' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingCaseListFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingCaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingCaseList' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysBeforeRound' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'request' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingCaseListQuery, MeetingCaseListQueryVariables>;
export const SetMeetingCaseListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMeetingCaseList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetMeetingCaseListInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMeetingCaseList' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingCaseListFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingCaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingCaseList' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysBeforeRound' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'request' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMeetingCaseListMutation, SetMeetingCaseListMutationVariables>;
export const MarkMeetingCaseListSentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMeetingCaseListSent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMeetingCaseListSent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingCaseListFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingCaseListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingCaseList' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingStartsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysBeforeRound' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sentBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'request' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'case' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nativeName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detainedOn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MarkMeetingCaseListSentMutation,
  MarkMeetingCaseListSentMutationVariables
>;
export const MeetingDelegationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingDelegations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingDelegations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canEdit' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'DelegationMemberFields' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DelegationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DelegationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'function' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDelegationsQuery, MeetingDelegationsQueryVariables>;
export const DelegationContinuityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DelegationContinuity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'partnerCode' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnerCode' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delegationContinuity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'partnerCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'partnerCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'meetingCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstSeen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastSeen' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'attendances' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'memberId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ministry' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'function' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'meeting' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetingsWithoutRoster' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'city' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DelegationContinuityQuery, DelegationContinuityQueryVariables>;
export const AddDelegationMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddDelegationMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddDelegationMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addDelegationMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DelegationMemberFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DelegationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DelegationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'function' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddDelegationMemberMutation, AddDelegationMemberMutationVariables>;
export const UpdateDelegationMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDelegationMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateDelegationMemberInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDelegationMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DelegationMemberFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DelegationMemberFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DelegationMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ministry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'function' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateDelegationMemberMutation,
  UpdateDelegationMemberMutationVariables
>;
export const RemoveDelegationMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveDelegationMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeDelegationMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RemoveDelegationMemberMutation,
  RemoveDelegationMemberMutationVariables
>;
export const CalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CalendarFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendarFeed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCalendarFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCalendarFeed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCalendarFeed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'revokeCalendarFeed' } }],
      },
    },
  ],
} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const PartnersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Partners' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partners' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capital' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'color' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const MeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Meetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingsFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'icsPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Meeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'icsPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const SetMeetingStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMeetingStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetMeetingStatusInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMeetingStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'icsPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMeetingStatusMutation, SetMeetingStatusMutationVariables>;
export const SchedulingPollsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulingPolls' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeClosed' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedulingPolls' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeClosed' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeClosed' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollSummaryFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slots' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulingPollsQuery, SchedulingPollsQueryVariables>;
export const SchedulingPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchedulingPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedulingPoll' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'local' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outsideWorkingHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holiday' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerAnswers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'votes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulingPollQuery, SchedulingPollQueryVariables>;
export const CreateSchedulingPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSchedulingPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePollInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSchedulingPoll' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'local' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outsideWorkingHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holiday' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerAnswers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'votes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSchedulingPollMutation, CreateSchedulingPollMutationVariables>;
export const AnswerSchedulingPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerSchedulingPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pollId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'PollAnswerInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerSchedulingPoll' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pollId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pollId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answers' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answers' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'local' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outsideWorkingHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holiday' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerAnswers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'votes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerSchedulingPollMutation, AnswerSchedulingPollMutationVariables>;
export const ConfirmSchedulingPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmSchedulingPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pollId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slotId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmSchedulingPoll' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pollId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pollId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slotId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slotId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'icsPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmSchedulingPollMutation, ConfirmSchedulingPollMutationVariables>;
export const CloseSchedulingPollDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseSchedulingPoll' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'pollId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeSchedulingPoll' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'pollId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'pollId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'city' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hostPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'partnerCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canManage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myPartner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PollFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulingPoll' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'PollSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'problems' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'local' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'localEnd' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outsideWorkingHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weekend' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'holiday' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerAnswers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'votes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseSchedulingPollMutation, CloseSchedulingPollMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'unreadOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetPath' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UsersFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clearedForRestricted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteUserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clearedForRestricted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partner' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserDisabledDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserDisabled' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetUserDisabledInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserDisabled' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disabled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
