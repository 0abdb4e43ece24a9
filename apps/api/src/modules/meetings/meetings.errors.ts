import { AppError, CommonErrors } from '../../common/app-error';

export const MEETING_TITLE_MAX = 200;
export const REASON_MAX = 500;
export const MAX_SLOTS = 20;
/** The longest meeting or slot: a three-day session. */
export const MAX_DURATION_HOURS = 72;

export const MeetingErrors = {
  notFound: () => CommonErrors.notFound('meeting'),
  pollNotFound: () => CommonErrors.notFound('scheduling poll'),
  slotNotFound: () => CommonErrors.notFound('slot'),
  notHost: () =>
    new AppError(
      'FORBIDDEN',
      'You can schedule meetings your partner hosts; the secretariat schedules the others.',
    ),
  notScheduler: () =>
    new AppError('FORBIDDEN', 'Only the secretariat and partner coordinators schedule meetings.'),
  titleEmpty: () => CommonErrors.badInput('Give the meeting a title.', { title: ['required'] }),
  titleTooLong: () =>
    CommonErrors.badInput(`A title has at most ${MEETING_TITLE_MAX} characters.`, {
      title: ['too long'],
    }),
  cityEmpty: () =>
    CommonErrors.badInput('Say in which city the meeting takes place.', { city: ['required'] }),
  unknownTimeZone: (zone: string) =>
    CommonErrors.badInput(
      `“${zone.slice(0, 64)}” is not a known time zone: use an IANA name such as Europe/Zurich or Australia/Sydney.`,
      { timeZone: ['unknown'] },
    ),
  endBeforeStart: (field = 'endsAt') =>
    CommonErrors.badInput('The end must be after the start.', { [field]: ['before start'] }),
  tooLong: (field = 'endsAt') =>
    CommonErrors.badInput(`A meeting lasts at most ${MAX_DURATION_HOURS} hours.`, {
      [field]: ['too long'],
    }),
  slotInPast: (n: number) =>
    CommonErrors.badInput(`Slot ${n} starts in the past: propose future times only.`, {
      slots: [`slot ${n} in the past`],
    }),
  noSlots: () => CommonErrors.badInput('Propose at least one slot.', { slots: ['required'] }),
  tooManySlots: () =>
    CommonErrors.badInput(`Propose at most ${MAX_SLOTS} slots.`, { slots: ['too many'] }),
  duplicateSlot: (n: number) =>
    CommonErrors.badInput(`Slot ${n} is proposed twice.`, { slots: [`slot ${n} duplicated`] }),
  noPartners: () =>
    CommonErrors.badInput('Choose the partners taking part.', { partnerCodes: ['required'] }),
  secretariatNotAPartner: () =>
    CommonErrors.badInput('The secretariat organises; choose the partners taking part.', {
      partnerCodes: ['SECRETARIAT'],
    }),
  reasonRequired: (status: string) =>
    CommonErrors.badInput(`Say why the meeting is ${status.toLowerCase()}.`, {
      reason: ['required'],
    }),
  reasonTooLong: () =>
    CommonErrors.badInput(`A reason has at most ${REASON_MAX} characters.`, {
      reason: ['too long'],
    }),
  badTransition: (from: string, to: string) =>
    new AppError('CONFLICT', `A ${from.toLowerCase()} meeting cannot become ${to.toLowerCase()}.`),
  heldInFuture: () =>
    CommonErrors.badInput('A meeting can be marked held only once it has started.', {
      status: ['not started'],
    }),
  pollClosed: () => new AppError('CONFLICT', 'This poll is no longer open.'),
  notParticipant: () =>
    new AppError('FORBIDDEN', 'Only delegates of the partners invited to this poll can answer it.'),
  badRange: () =>
    CommonErrors.badInput('Choose a range of at most 400 days, its end after its start.', {
      to: ['bad range'],
    }),
};
