import type { AgendaLinkKind } from '@berne/domain';
import { AppError, CommonErrors } from '../../common/app-error';

export const ITEM_TITLE_MAX = 200;
export const ITEM_DESCRIPTION_MAX = 8000;
export const POSITION_TEXT_MAX = 2000;
export const REOPEN_REASON_MAX = 500;

const LINK_NAME: Record<AgendaLinkKind, string> = {
  BENCHMARK: 'benchmark',
  BRIEFING_NOTE: 'briefing note',
  CASE: 'case',
};

export const AgendaErrors = {
  itemNotFound: () => CommonErrors.notFound('agenda item'),
  titleEmpty: () => CommonErrors.badInput('Give the agenda item a title.', { title: ['required'] }),
  titleTooLong: () =>
    CommonErrors.badInput(`A title has at most ${ITEM_TITLE_MAX} characters.`, {
      title: ['too long'],
    }),
  descriptionTooLong: () =>
    CommonErrors.badInput(`A description has at most ${ITEM_DESCRIPTION_MAX} characters.`, {
      description: ['too long'],
    }),
  badMinutes: () =>
    CommonErrors.badInput('Allocate between 0 and 600 minutes.', { minutes: ['out of range'] }),
  unknownThemes: (codes: string[]) =>
    CommonErrors.badInput(`Unknown theme${codes.length > 1 ? 's' : ''}: ${codes.join(', ')}.`, {
      themeCodes: codes,
    }),
  regionWithoutInfluence: () =>
    CommonErrors.badInput('Choose the region of China’s influence this item is about.', {
      influenceRegion: ['required'],
    }),
  linkNotFound: (kind: AgendaLinkKind) =>
    CommonErrors.badInput(
      `A linked ${LINK_NAME[kind]} does not exist or you cannot open it.`,
      { links: ['not found'] },
    ),
  choosePartner: () =>
    CommonErrors.badInput('As chair, choose the partner that proposes this item.', {
      proposingPartner: ['required'],
    }),
  notParticipant: () =>
    new AppError(
      'FORBIDDEN',
      'Only partners taking part in this meeting propose items and speak on its agenda.',
    ),
  notSpeaker: (partner: string) =>
    new AppError(
      'FORBIDDEN',
      `Only ${partner}'s coordinator, or a diplomat the coordinator has named, speaks for ${partner}.`,
    ),
  speakingForAnother: (own: string, other: string) =>
    new AppError('FORBIDDEN', `You speak for ${own}, not for ${other}.`),
  textRequired: (position: string) =>
    CommonErrors.badInput(
      `Explain the ${position === 'OBJECTION' ? 'objection' : 'reservation'}: the other partners need to read it.`,
      { text: ['required'] },
    ),
  textTooLong: () =>
    CommonErrors.badInput(`At most ${POSITION_TEXT_MAX} characters.`, { text: ['too long'] }),
  locked: () =>
    new AppError(
      'CONFLICT',
      'This agenda is locked: the chair must reopen it before anything changes.',
    ),
  itemClosed: (state: string) =>
    new AppError('CONFLICT', `This item is ${state.toLowerCase()}: it no longer takes positions.`),
  notChair: () =>
    new AppError(
      'FORBIDDEN',
      "Only the chair — the secretariat or the host partner's coordinator — does this.",
    ),
  cannotEdit: () =>
    new AppError('FORBIDDEN', 'Only the proposing partner and the chair change an item.'),
  notReadyToLock: (titles: string[]) =>
    new AppError(
      'CONFLICT',
      `Every item must be agreed or deferred before the agenda is locked. Still open: ${titles.join('; ')}.`,
    ),
  alreadyLocked: () => new AppError('CONFLICT', 'This agenda is already locked.'),
  notLocked: () => new AppError('CONFLICT', 'This agenda is not locked.'),
  reasonRequired: () =>
    CommonErrors.badInput('Say why the agenda is reopened: the partners will read it.', {
      reason: ['required'],
    }),
  reasonTooLong: () =>
    CommonErrors.badInput(`A reason has at most ${REOPEN_REASON_MAX} characters.`, {
      reason: ['too long'],
    }),
  badOrder: () =>
    CommonErrors.badInput('The new order must list every item of this agenda exactly once.', {
      itemIds: ['not a permutation'],
    }),
  deadlineInPast: () =>
    CommonErrors.badInput('The silence procedure’s deadline must be in the future.', {
      deadline: ['in the past'],
    }),
  badTransition: (from: string, to: string) =>
    new AppError(
      'CONFLICT',
      `An item that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}.`,
    ),
  speakerNotDiplomat: () =>
    CommonErrors.badInput('Name a diplomat of your own partner.', {
      userId: ['not a diplomat of yours'],
    }),
};
