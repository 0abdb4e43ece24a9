import { AppError, CommonErrors } from '../../../common/app-error';

export const VERSION_NAME_MAX = 120;

export const NoteVersionErrors = {
  notFound: () => CommonErrors.notFound('version'),
  nameEmpty: () => CommonErrors.badInput('Give the version a name.', { name: ['required'] }),
  nameTooLong: () =>
    CommonErrors.badInput(`A version name has at most ${VERSION_NAME_MAX} characters.`, {
      name: ['too long'],
    }),
  archived: () =>
    CommonErrors.badInput('This note is archived: unarchive it before changing its versions.', {
      noteId: ['archived'],
    }),
  differentNotes: () =>
    CommonErrors.badInput('Only two versions of the same note can be compared.', {
      toId: ['another note'],
    }),
  onlyNamedSealable: () =>
    CommonErrors.badInput('Only a named version can be approved or sealed: name one first.', {
      id: ['not named'],
    }),
  alreadySealed: (n: number) =>
    new AppError('CONFLICT', `Version ${n} is already sealed: it cannot change any more.`),
  alreadyApproved: (n: number, partner: string) =>
    new AppError('CONFLICT', `${partner} has already approved version ${n}.`),
  notADelegation: () =>
    new AppError(
      'FORBIDDEN',
      "Approvals are given by a partner's delegation: your account does not belong to one.",
    ),
  noApprovals: () =>
    CommonErrors.badInput(
      'No partner has approved this version yet: a sealed version records who agreed to it.',
      { id: ['no approvals'] },
    ),
  restoreSame: () =>
    CommonErrors.badInput('The note already has exactly this content: nothing to restore.', {
      id: ['unchanged'],
    }),
};
