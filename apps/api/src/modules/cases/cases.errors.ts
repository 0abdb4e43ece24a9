import { CASE_LIMITS } from '@berne/domain';
import { AppError, CommonErrors } from '../../common/app-error';

/**
 * Errors of the cases feature. None of them ever carries case data (a name, a charge, a place):
 * error messages end up in browser consoles, screenshots and bug reports.
 */
export const CaseErrors = {
  notFound: () => CommonErrors.notFound('case'),
  staffOnly: () =>
    new AppError('FORBIDDEN', 'Individual cases are open only to partner staff cleared for them.'),
  notCleared: () =>
    new AppError(
      'FORBIDDEN',
      'Adding or listing individual cases needs a clearance for restricted records. Ask your coordinator or the secretariat.',
    ),
  nameEmpty: () => CommonErrors.badInput('Write the person’s name.'),
  tooLong: (field: string, max: number) =>
    CommonErrors.badInput(`The ${field} has at most ${max} characters.`),
  badReference: () =>
    CommonErrors.badInput(
      `A reference is 2 to ${CASE_LIMITS.reference} capital letters, digits or dashes, e.g. BP-2026-014.`,
    ),
  referenceTaken: () =>
    new AppError('CONFLICT', 'Another case already has this reference: choose another one.'),
  badBirthYear: () => CommonErrors.badInput('Give a birth year between 1900 and this year.'),
  badDate: (field: string) =>
    CommonErrors.badInput(`The ${field} is not a date: write it as YYYY-MM-DD, e.g. 2025-03-14.`),
  futureDate: (field: string) => CommonErrors.badInput(`The ${field} cannot be in the future.`),
  unknownThemes: (count: number) =>
    CommonErrors.badInput(
      `${count > 1 ? `${count} themes are` : 'A theme is'} not known: use theme codes such as FREE_RELIGION.`,
    ),
  partnerRequired: () =>
    CommonErrors.badInput(
      'Say which partner raised the case: the secretariat does not hold a dialogue.',
    ),
  partnerNotYours: (own: string) =>
    new AppError(
      'FORBIDDEN',
      `You record raisings by ${own}; the secretariat records them for any partner.`,
    ),
  meetingNotFound: () => CommonErrors.notFound('meeting'),
  meetingPartnerMismatch: () =>
    CommonErrors.badInput(
      'This meeting is not part of that partner’s dialogue: choose the partner’s own round.',
    ),
  answerBeforeRaising: () =>
    CommonErrors.badInput('An answer cannot come before the case was raised.'),
  answerNeedsText: () =>
    CommonErrors.badInput(
      'Say what came back: a partial or full answer, or a refusal, needs its text.',
    ),
  raisingNotFound: () => CommonErrors.notFound('raising'),
  tooManyReaders: (max: number) =>
    CommonErrors.badInput(`A case has at most ${max} named readers.`),
  readerNotStaff: () =>
    CommonErrors.badInput(
      'Named readers must be active partner staff: guests are never readers of a case.',
    ),
  listNotEditable: () =>
    new AppError(
      'FORBIDDEN',
      'Only the meeting’s host partner or the secretariat prepares its list of cases.',
    ),
  listAlreadySent: () =>
    new AppError('CONFLICT', 'This list was already sent. Later cases are raised one by one.'),
  listNotForRound: () =>
    CommonErrors.badInput(
      'Only a bilateral dialogue round’s list is sent to the other side; a Berne Process session’s list is the partners’ consolidated list.',
    ),
  listEmpty: () =>
    CommonErrors.badInput('Put at least one case on the list before marking it sent.'),
  listTooLong: (max: number) => CommonErrors.badInput(`A list holds at most ${max} cases.`),
  listDuplicate: () => CommonErrors.badInput('A case appears twice on the list.'),
};
