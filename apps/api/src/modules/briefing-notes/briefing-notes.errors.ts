import type { Classification } from '@berne/domain';
import { AppError, CommonErrors } from '../../common/app-error';

export const TITLE_MAX = 200;

export const BriefingNoteErrors = {
  notFound: () => CommonErrors.notFound('briefing note'),
  titleEmpty: () =>
    CommonErrors.badInput('Give the briefing note a title.', { title: ['required'] }),
  titleTooLong: () =>
    CommonErrors.badInput(`A title has at most ${TITLE_MAX} characters.`, { title: ['too long'] }),
  titleNotOneLine: () =>
    CommonErrors.badInput('A title is a single line of text.', { title: ['control characters'] }),
  unknownThemes: (codes: string[]) =>
    CommonErrors.badInput(`Unknown theme${codes.length > 1 ? 's' : ''}: ${codes.join(', ')}.`, {
      themeCodes: codes,
    }),
  unknownReaders: (ids: string[]) =>
    CommonErrors.badInput('Some of the named readers are not accounts of the portal.', {
      namedReaderIds: ids,
    }),
  guestReaders: () =>
    CommonErrors.badInput('NGO guests cannot be named readers of a restricted note.', {
      namedReaderIds: ['guest'],
    }),
  readersOnlyWhenRestricted: () =>
    CommonErrors.badInput('Named readers apply only to RESTRICTED notes.', {
      namedReaderIds: ['only with RESTRICTED'],
    }),
  noOwnerPartner: () =>
    CommonErrors.badInput('Choose the partner that owns this note.', {
      ownerPartner: ['required'],
    }),
  ownerNotYours: () =>
    new AppError('FORBIDDEN', 'Only the secretariat can create a note owned by another partner.'),
  restrictWithoutAccess: () =>
    CommonErrors.badInput(
      'To restrict a note you must be cleared for restricted records or name yourself among its readers.',
      { namedReaderIds: ['include yourself'] },
    ),
  wouldLoseAccess: (to: Classification) =>
    CommonErrors.badInput(
      `As ${to}, this note would be out of your reach: choose another classification.`,
      {
        classification: ['you would lose access'],
      },
    ),
  restrictedToPublic: () =>
    CommonErrors.badInput(
      'A restricted note is not made public in one step: classify it PARTNERS first, then PUBLIC.',
      { classification: ['RESTRICTED to PUBLIC'] },
    ),
  unchanged: (classification: Classification) =>
    CommonErrors.badInput(`This note is already ${classification}.`, {
      classification: ['unchanged'],
    }),
  archivedReadOnly: () =>
    CommonErrors.badInput('This note is archived: unarchive it before changing it.'),
  alreadyArchived: () => CommonErrors.badInput('This note is already archived.'),
  notArchived: () => CommonErrors.badInput('This note is not archived.'),
  badPage: () => CommonErrors.badInput('offset must be 0 or more and limit between 1 and 200.'),
};
