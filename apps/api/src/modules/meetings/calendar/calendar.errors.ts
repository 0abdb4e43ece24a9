import { AppError, CommonErrors } from '../../../common/app-error';

export const CalendarErrors = {
  badMeetingId: () =>
    CommonErrors.badInput('This is not a meeting id: a meeting id is a UUID.', {
      id: ['not a UUID'],
    }),
  /**
   * The one answer for an unknown, malformed or revoked feed token and for a disabled account:
   * the token is the credential, so the answer says nothing more (and never repeats it).
   */
  feedNotFound: () => new AppError('NOT_FOUND', 'This calendar feed does not exist.'),
  staffOnly: () =>
    new AppError(
      'FORBIDDEN',
      'Calendar subscriptions are for partner delegations and the secretariat; download a meeting’s calendar file instead.',
    ),
};
