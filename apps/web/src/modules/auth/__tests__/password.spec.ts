import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkNewPassword } from '../password';

describe('new password check', () => {
  it('mirrors the API rule of 12 to 256 characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(256);
    const ok = 'x'.repeat(12);
    expect(checkNewPassword(ok, ok)).toBeNull();
    const long = 'y'.repeat(256);
    expect(checkNewPassword(long, long)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(checkNewPassword('', '')).toBe('required');
    expect(checkNewPassword('short', 'short')).toBe('tooShort');
    expect(checkNewPassword('z'.repeat(257), 'z'.repeat(257))).toBe('tooLong');
    expect(checkNewPassword('BerneDemo!2026', 'BerneDemo!2027')).toBe('mismatch');
  });

  it('counts characters, not UTF-16 units', () => {
    const emoji = '🔐'.repeat(11); // 22 UTF-16 units but 11 characters
    expect(checkNewPassword(emoji, emoji)).toBe('tooShort');
  });
});
