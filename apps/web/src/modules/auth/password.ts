/** The API's rule (error WEAK_PASSWORD): 12 to 256 characters. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'mismatch';

/** Checks a new password and its confirmation before asking the API. */
export function checkNewPassword(password: string, confirmation: string): PasswordProblem | null {
  if (password.length === 0) return 'required';
  // Count code points, not UTF-16 units, like a person would.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (password !== confirmation) return 'mismatch';
  return null;
}
