import { AppError, CommonErrors } from '../../common/app-error';

export const UserErrors = {
  notFound: () => CommonErrors.notFound('user'),
  emailTaken: () => new AppError('EMAIL_TAKEN', 'An account with this email address already exists.'),
  partnerRequired: () => CommonErrors.badInput('Choose the partner this person belongs to.', { partnerCode: ['required'] }),
  guestsViaRounds: () =>
    CommonErrors.badInput(
      'NGO guests are invited from a consultation round, which is not built yet.',
      { role: ['GUEST not available here'] },
    ),
  onlySecretariatRole: () =>
    new AppError('FORBIDDEN', 'Only the secretariat can give the secretariat role or invite to another partner.'),
  clearanceNeedsClearance: () =>
    new AppError('FORBIDDEN', 'Only the secretariat or a cleared coordinator can clear someone for restricted records.'),
  cannotDisableSelf: () => CommonErrors.badInput('You cannot disable your own account.'),
};
