import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { AgendaItemState, AssessmentStatus, MeetingStatus } from '@berne/domain';
import { isStaff, type Principal } from '../../../access/principal';
import { BenchmarkReader } from '../../benchmarks/benchmark-reader';
import { CaseReader } from '../../cases/case-reader';
import { BriefingNotesService } from '../../briefing-notes/briefing-notes.service';
import type { MeetingEntity } from '../../meetings/meeting.entity';
import { toActionItemModel } from '../../meetings/action-items/action-items.mapper';
import { ActionItemsService } from '../../meetings/action-items/action-items.service';
import { MeetingsService } from '../../meetings/meetings.service';
import { ThemeEntity } from '../../themes/theme.entity';
import { AgendaItemEntity } from '../agenda.entity';
import { AgendasService } from '../agendas.service';
import {
  AgendaContinuityErrors,
  MAX_THEME_CODES,
  RAISED_BEFORE_LIMIT_MAX,
  TIMELINE_LIMIT_MAX,
} from './agenda-continuity.errors';
import type {
  AgendaItemSummaryModel,
  AgendaRaisedBeforeModel,
  AgendaSuggestionModel,
  AgendaSuggestionsModel,
  ThemeMeetingCountsModel,
  ThemeTimelineEntryModel,
  ThemeTimelineKind,
} from './agenda-continuity.model';
import { AgendaItemReader, meetingRef } from './agenda-item-reader';
import {
  AGENDA_STATE_LABEL,
  ASSESSMENT_STATUS_LABEL,
  benchmarkPath,
  briefingNotePath,
  meetingPath,
} from './agenda-outcome';

/** Notes are read through the notes service's scoped list, a page at a time. */
const NOTES_PAGE = 200;
const SUGGESTED_STATES: readonly AgendaItemState[] = ['DEFERRED', 'CONTESTED'];
/** Meetings that did not take place are not "the previous meeting" (as for action items). */
const SKIPPED_MEETINGS: readonly MeetingStatus[] = ['CANCELLED', 'POSTPONED'];
const KIND_ORDER: Record<ThemeTimelineKind, number> = {
  MEETING: 0,
  AGENDA_ITEM: 1,
  BRIEFING_NOTE: 2,
  BENCHMARK_ANSWER: 3,
  CASE_ANSWER: 4,
};

const CHANNEL_TEXT = {
  LIST: 'on the list before the round',
  ROUND: 'at the round',
  LETTER: 'by letter',
};
const ANSWER_TEXT = {
  AWAITED: 'answer awaited',
  NONE: 'no answer',
  PARTIAL: 'partial answer',
  FULL: 'answered',
  REFUSED: 'refused',
};

const sameTitle = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function checkLimit(limit: number, max: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max)
    throw AgendaContinuityErrors.badLimit(max);
}

/** "2 items on this theme: 1 agreed, 1 deferred; 1 briefing note; 1 benchmark assessment". */
/** What happened to a theme at one meeting, counted. */
function meetingCounts(
  items: readonly AgendaItemSummaryModel[],
  briefingNotes: number,
  benchmarkAssessments: number,
): ThemeMeetingCountsModel {
  const counts = new Map<AgendaItemState, number>();
  for (const item of items) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  return {
    agendaItems: items.length,
    states: [...counts.entries()].map(([state, count]) => ({ state, count })),
    briefingNotes,
    benchmarkAssessments,
  };
}

/** The counts in English: "2 items on this theme: 1 agreed, 1 deferred; 1 briefing note". */
function meetingDetail(counts: ThemeMeetingCountsModel): string {
  const parts: string[] = [];
  if (counts.agendaItems) {
    const states = counts.states
      .map(({ state, count }) => `${count} ${AGENDA_STATE_LABEL[state].toLowerCase()}`)
      .join(', ');
    parts.push(`${plural(counts.agendaItems, 'item')} on this theme: ${states}`);
  }
  if (counts.briefingNotes) parts.push(plural(counts.briefingNotes, 'briefing note'));
  if (counts.benchmarkAssessments)
    parts.push(plural(counts.benchmarkAssessments, 'benchmark assessment'));
  return parts.join('; ');
}

/** "Limited progress (European Union). China’s response: Preparations continue." */
function answerDetail(status: AssessmentStatus, partner: string, chinaResponse: string): string {
  const china = chinaResponse.trim();
  return `${ASSESSMENT_STATUS_LABEL[status]} (${partner})${china ? `. China’s response: ${china}` : ''}`;
}

/**
 * Continuity across rounds (seed rec. 1 and 4: "the same issue can crop up at different meetings
 * and be addressed as if it had never before been mentioned"): what happened on a theme in every
 * round, what was raised before on the themes of a proposal, and what the previous meeting left
 * open. Staff only; every list is scoped in SQL by the access policy (meetings by their read
 * scope, notes through the notes service's scoped list, benchmarks through the benchmark reader's).
 */
@Injectable()
export class AgendaContinuityService {
  constructor(
    private readonly reader: AgendaItemReader,
    private readonly agendas: AgendasService,
    private readonly meetings: MeetingsService,
    private readonly notes: BriefingNotesService,
    private readonly benchmarks: BenchmarkReader,
    private readonly cases: CaseReader,
    private readonly actionItems: ActionItemsService,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectRepository(AgendaItemEntity) private readonly items: Repository<AgendaItemEntity>,
  ) {}

  /**
   * Every meeting, agenda item, briefing note, benchmark assessment and raising of an individual
   * case on a theme the caller may read, newest first.
   */
  async themeTimeline(
    principal: Principal,
    themeCode: string,
    limit: number,
  ): Promise<ThemeTimelineEntryModel[]> {
    this.reader.requireStaff(principal);
    checkLimit(limit, TIMELINE_LIMIT_MAX);
    if (themeCode.length > 40 || !(await this.themes.exists({ where: { code: themeCode } }))) {
      throw AgendaContinuityErrors.unknownTheme(themeCode);
    }
    const rows = await this.reader
      .scopedItems(principal)
      .andWhere(
        'EXISTS (SELECT 1 FROM agenda_item_themes tt WHERE tt."itemId" = i.id AND tt."themeCode" = :themeCode)',
        { themeCode },
      )
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('i.meetingId', 'ASC')
      .addOrderBy('i.position', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit)
      .getMany();
    const items = await this.reader.summaries(rows);
    const notes = await this.notesOnTheme(principal, themeCode, limit);
    const answers = await this.answersOnTheme(principal, themeCode, limit);
    const raisings = await this.cases.raisingsOnTheme(principal, themeCode, limit);
    const otherMeetings = await this.reader.readableMeetings(principal, [
      ...notes.flatMap((n) => (n.note.meetingId ? [n.note.meetingId] : [])),
      ...answers.flatMap((a) => (a.assessment.meetingId ? [a.assessment.meetingId] : [])),
      ...raisings.flatMap((r) => (r.raising.meetingId ? [r.raising.meetingId] : [])),
    ]);

    const entries: (ThemeTimelineEntryModel & { order: number })[] = [];
    const meetings = new Map<string, { meeting: MeetingEntity | null; items: typeof items }>();
    for (const item of items) {
      const at = meetings.get(item.meetingId) ?? { meeting: null, items: [] };
      at.items.push(item);
      meetings.set(item.meetingId, at);
      entries.push({
        kind: 'AGENDA_ITEM',
        id: item.id,
        date: item.meeting.startsAt,
        title: item.title,
        meeting: item.meeting,
        outcome: item.outcome,
        detail: null,
        meetingCounts: null,
        partnerCode: item.proposingPartner,
        path: item.path,
        order: item.position,
      });
    }
    const notesAt = new Map<string, number>();
    for (const { note } of notes) {
      const meeting = note.meetingId ? (otherMeetings.get(note.meetingId) ?? null) : null;
      if (meeting) notesAt.set(meeting.id, (notesAt.get(meeting.id) ?? 0) + 1);
      entries.push({
        kind: 'BRIEFING_NOTE',
        id: note.id,
        date: meeting?.startsAt ?? note.createdAt,
        title: note.title,
        meeting: meeting ? meetingRef(meeting) : null,
        outcome: null,
        detail: this.reader.partnerName(note.ownerPartner),
        meetingCounts: null,
        partnerCode: note.ownerPartner,
        path: briefingNotePath(note.id),
        order: 0,
      });
    }
    const answersAt = new Map<string, number>();
    for (const { assessment, statement } of answers) {
      const meeting = assessment.meetingId
        ? (otherMeetings.get(assessment.meetingId) ?? null)
        : null;
      if (meeting) answersAt.set(meeting.id, (answersAt.get(meeting.id) ?? 0) + 1);
      entries.push({
        kind: 'BENCHMARK_ANSWER',
        id: assessment.id,
        date: new Date(`${assessment.date}T00:00:00.000Z`),
        title: statement,
        meeting: meeting ? meetingRef(meeting) : null,
        outcome: null,
        detail: answerDetail(
          assessment.status,
          this.reader.partnerName(assessment.partnerCode),
          assessment.chinaResponse,
        ),
        meetingCounts: null,
        partnerCode: assessment.partnerCode,
        path: benchmarkPath(assessment.benchmarkId),
        order: 0,
      });
    }
    for (const { raising, found } of raisings) {
      const meeting = raising.meetingId ? (otherMeetings.get(raising.meetingId) ?? null) : null;
      const answer = ANSWER_TEXT[raising.answerKind];
      entries.push({
        kind: 'CASE_ANSWER',
        id: raising.id,
        date: new Date(`${raising.raisedOn}T00:00:00.000Z`),
        title: `${found.reference} · ${found.name}`,
        meeting: meeting ? meetingRef(meeting) : null,
        outcome: null,
        detail: `Raised by ${this.reader.partnerName(raising.partnerCode)} ${CHANNEL_TEXT[raising.channel]}: ${answer}${raising.answer ? ` — ${raising.answer}` : ''}`,
        meetingCounts: null,
        partnerCode: raising.partnerCode,
        path: `/cases/${found.id}`,
        order: 0,
      });
    }
    const meetingIds = new Set([...meetings.keys(), ...notesAt.keys(), ...answersAt.keys()]);
    for (const id of meetingIds) {
      const onAgenda = meetings.get(id)?.items ?? [];
      const ref = onAgenda[0]?.meeting ?? meetingRef(otherMeetings.get(id)!);
      const counts = meetingCounts(onAgenda, notesAt.get(id) ?? 0, answersAt.get(id) ?? 0);
      entries.push({
        kind: 'MEETING',
        id,
        date: ref.startsAt,
        title: ref.title,
        meeting: ref,
        outcome: null,
        detail: meetingDetail(counts),
        meetingCounts: counts,
        partnerCode: null,
        path: meetingPath(id),
        order: 0,
      });
    }
    entries.sort(
      (a, b) =>
        b.date.getTime() - a.date.getTime() ||
        (a.meeting?.id ?? '').localeCompare(b.meeting?.id ?? '') ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.order - b.order ||
        a.id.localeCompare(b.id),
    );
    return entries.slice(0, limit).map(({ order: _order, ...entry }) => entry);
  }

  /**
   * The latest agenda items (newest meeting first) sharing any of `themeCodes`, at meetings that
   * started before `excludeMeetingId`'s meeting — or before now when it is left out — and not at
   * that meeting itself. For the proposal form, before an item is submitted.
   */
  async raisedBefore(
    principal: Principal,
    themeCodes: readonly string[],
    excludeMeetingId: string | null,
    limit: number,
    ip: string | null,
  ): Promise<AgendaRaisedBeforeModel[]> {
    this.reader.requireStaff(principal);
    checkLimit(limit, RAISED_BEFORE_LIMIT_MAX);
    const codes = await this.checkThemes(themeCodes);
    let before = new Date();
    if (excludeMeetingId) {
      const { meeting } = await this.meetings.requireMeeting(
        principal,
        excludeMeetingId,
        'read',
        ip,
      );
      before = meeting.startsAt;
    }
    return this.earlier(principal, codes, before, excludeMeetingId, limit);
  }

  /** The same history, for an item already on an agenda: its themes at meetings before its own. */
  async itemHistoryOnThemes(
    principal: Principal,
    itemId: string,
    limit: number,
    ip: string | null,
  ): Promise<AgendaRaisedBeforeModel[]> {
    checkLimit(limit, RAISED_BEFORE_LIMIT_MAX);
    // The agendas service's own check: guests and unreadable items are NOT_FOUND.
    const { item, themeCodes } = await this.agendas.item(principal, itemId, ip);
    if (themeCodes.length === 0) return [];
    const meeting = (await this.reader.readableMeetings(principal, [item.meetingId])).get(
      item.meetingId,
    );
    if (!meeting) throw AgendaContinuityErrors.meetingNotFound();
    return this.earlier(principal, themeCodes, meeting.startsAt, meeting.id, limit);
  }

  /**
   * What the previous meeting of the same kind left open, for this meeting's agenda: its items
   * that were deferred or contested (never agreed, not withdrawn), and its open action items.
   */
  async suggestions(
    principal: Principal,
    meetingId: string,
    ip: string | null,
  ): Promise<AgendaSuggestionsModel> {
    const { meeting } = await this.meetings.requireMeeting(principal, meetingId, 'read', ip);
    // As for the agenda itself: a guest is answered as if the meeting did not exist.
    if (!isStaff(principal)) throw AgendaContinuityErrors.meetingNotFound();
    const previous = await this.reader
      .scopedMeetings(principal)
      .andWhere('m.kind = :kind', { kind: meeting.kind })
      .andWhere('m.startsAt < :startsAt', { startsAt: meeting.startsAt })
      .andWhere('m.id <> :id', { id: meeting.id })
      .andWhere('m.status NOT IN (:...skipped)', { skipped: SKIPPED_MEETINGS })
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(1)
      .getOne();
    if (!previous) return { previousMeeting: null, suggestions: [] };

    const rows = await this.reader
      .scopedItems(principal)
      .andWhere('i.meetingId = :previousId', { previousId: previous.id })
      .andWhere('i.state IN (:...states)', { states: SUGGESTED_STATES })
      .orderBy('i.position', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
    const items = (await this.reader.summaries(rows)).sort(
      (a, b) => SUGGESTED_STATES.indexOf(a.state) - SUGGESTED_STATES.indexOf(b.state),
    );
    const actions = (await this.actionItems.openForNextMeeting(principal, meeting.id, ip)).filter(
      (a) => a.item.meetingId === previous.id,
    );
    const current = await this.items.find({
      where: { meetingId: meeting.id },
      select: { id: true, title: true },
    });
    const currentTitles = new Set(current.map((c) => sameTitle(c.title)));
    const currentIds = new Set(current.map((c) => c.id));

    const suggestions: AgendaSuggestionModel[] = items.map((item) => {
      const objecting = item.outcome.positions
        .filter((p) => p.position === 'OBJECTION')
        .map((p) => this.reader.partnerName(p.partnerCode))
        .join(', ');
      const why =
        item.state === 'DEFERRED'
          ? `Deferred at ${previous.title}${objecting ? ` after an objection by ${objecting}` : ''}: not discussed yet.`
          : `Contested at ${previous.title}${objecting ? ` (objection by ${objecting})` : ''}: never agreed.`;
      return {
        reason: item.state === 'DEFERRED' ? 'DEFERRED' : 'CONTESTED',
        why,
        title: item.title,
        description: item.description,
        agendaItem: item,
        actionItem: null,
        alreadyOnAgenda: currentTitles.has(sameTitle(item.title)),
      };
    });
    for (const view of actions) {
      const { item } = view;
      const owner = this.reader.partnerName(item.ownerPartner);
      suggestions.push({
        reason: 'OPEN_ACTION_ITEM',
        why: `Open action item from ${previous.title}, carried by ${owner}, due ${item.dueDate}${view.overdue ? ' (overdue)' : ''}.`,
        title: item.title,
        description: item.description,
        agendaItem: null,
        actionItem: toActionItemModel(view),
        alreadyOnAgenda:
          (!!item.agendaItemId && currentIds.has(item.agendaItemId)) ||
          currentTitles.has(sameTitle(item.title)),
      });
    }
    return { previousMeeting: meetingRef(previous), suggestions };
  }

  // ---- internals ---------------------------------------------------------------------------

  private async earlier(
    principal: Principal,
    themeCodes: readonly string[],
    before: Date,
    excludeMeetingId: string | null,
    limit: number,
  ): Promise<AgendaRaisedBeforeModel[]> {
    const qb = this.reader
      .scopedItems(principal)
      .andWhere(
        'EXISTS (SELECT 1 FROM agenda_item_themes tt WHERE tt."itemId" = i.id AND tt."themeCode" IN (:...themeCodes))',
        { themeCodes: [...themeCodes] },
      )
      .andWhere('m.startsAt < :before', { before });
    if (excludeMeetingId) qb.andWhere('m.id <> :excluded', { excluded: excludeMeetingId });
    const rows = await qb
      .orderBy('m.startsAt', 'DESC')
      .addOrderBy('i.meetingId', 'ASC')
      .addOrderBy('i.position', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(limit)
      .getMany();
    return (await this.reader.summaries(rows)).map((item) => ({
      item,
      sharedThemeCodes: item.themeCodes.filter((c) => themeCodes.includes(c)),
    }));
  }

  private async checkThemes(raw: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(raw)];
    if (wanted.length === 0) throw AgendaContinuityErrors.noThemes();
    if (wanted.length > MAX_THEME_CODES) throw AgendaContinuityErrors.tooManyThemes();
    const found = new Set(
      (await this.themes.find({ where: { code: In(wanted.filter((c) => c.length <= 40)) } })).map(
        (t) => t.code,
      ),
    );
    const unknown = wanted.filter((c) => !found.has(c));
    if (unknown.length) throw AgendaContinuityErrors.unknownThemes(unknown);
    return wanted;
  }

  /**
   * The latest effective assessments (corrections replace what they correct) of the benchmarks on
   * the theme the caller may read, through the benchmark reader's read scope. Assessments are read
   * through their benchmark: whoever reads it reads all of them.
   */
  private async answersOnTheme(principal: Principal, themeCode: string, max: number) {
    const onTheme = await this.benchmarks
      .scoped(principal)
      .andWhere(
        'EXISTS (SELECT 1 FROM benchmark_themes bt WHERE bt."benchmarkId" = b.id AND bt."themeCode" = :themeCode)',
        { themeCode },
      )
      .select(['b.id', 'b.statement'])
      .getMany();
    const statements = new Map(onTheme.map((b) => [b.id, b.statement]));
    const assessments = await this.benchmarks.effectiveAssessments([...statements.keys()]);
    return assessments
      .sort(
        (a, b) =>
          b.date.localeCompare(a.date) ||
          b.recordedAt.getTime() - a.recordedAt.getTime() ||
          a.id.localeCompare(b.id),
      )
      .slice(0, max)
      .map((assessment) => ({ assessment, statement: statements.get(assessment.benchmarkId)! }));
  }

  /** Readable, unarchived notes on the theme, through the notes service's scoped list. */
  private async notesOnTheme(principal: Principal, themeCode: string, max: number) {
    const out: Awaited<ReturnType<BriefingNotesService['list']>> = [];
    for (let offset = 0; out.length < max; offset += NOTES_PAGE) {
      const page = await this.notes.list(principal, { themeCode }, { offset, limit: NOTES_PAGE });
      out.push(...page);
      if (page.length < NOTES_PAGE) break;
    }
    return out.slice(0, max);
  }
}
