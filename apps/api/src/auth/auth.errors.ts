import { AppError } from '../common/app-error';

export const AuthErrors = {
  /** The same answer for an unknown email and a wrong password. */
  invalidCredentials: () => new AppError('INVALID_CREDENTIALS', 'The email or password is incorrect.'),
  accountDisabled: () =>
    new AppError('ACCOUNT_DISABLED', 'This account has been disabled. Contact your coordinator.'),
  invalidToken: () =>
    new AppError('INVALID_TOKEN', 'This link is not valid or has expired. Ask for a new one.'),
};
