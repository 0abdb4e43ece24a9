import { AppError, CommonErrors } from '../../../common/app-error';

export const MAX_THEME_CODES = 20;
export const TIMELINE_LIMIT_MAX = 500;
export const RAISED_BEFORE_LIMIT_MAX = 50;

export const AgendaContinuityErrors = {
  /** Lists across meetings: a guest has no meeting of its own to be told "not found" about. */
  staffOnly: () =>
    new AppError(
      'FORBIDDEN',
      'Agendas and their history are the partners’ working space: they are for partner staff and the secretariat.',
    ),
  meetingNotFound: () => CommonErrors.notFound('meeting'),
  unknownTheme: (code: string) =>
    CommonErrors.badInput(`Unknown theme: ${code.slice(0, 40)}.`, { themeCode: ['unknown'] }),
  unknownThemes: (codes: string[]) =>
    CommonErrors.badInput(
      `Unknown theme${codes.length > 1 ? 's' : ''}: ${codes.map((c) => c.slice(0, 40)).join(', ')}.`,
      { themeCodes: ['unknown'] },
    ),
  noThemes: () => CommonErrors.badInput('Give at least one theme.', { themeCodes: ['required'] }),
  tooManyThemes: () =>
    CommonErrors.badInput(`At most ${MAX_THEME_CODES} themes.`, { themeCodes: ['too many'] }),
  badLimit: (max: number) =>
    CommonErrors.badInput(`Ask for between 1 and ${max} entries.`, { limit: ['out of range'] }),
};
