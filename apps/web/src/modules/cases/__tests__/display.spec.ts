import {
  daysToAnswerKey,
  isCaseAnswerKind,
  isCaseStatus,
  isDemoCase,
  nativeNameLang,
  roundTimingKey,
} from '../display';
import { meetingRange } from '../meeting-choices';

describe('case display', () => {
  it('recognises invented demo cases by their reference', () => {
    expect(isDemoCase('DEMO-001')).toBe(true);
    expect(isDemoCase(' demo-014 ')).toBe(true);
    expect(isDemoCase('BP-2026-014')).toBe(false);
    expect(isDemoCase('XDEMO-1')).toBe(false);
  });

  it('marks the language of a name in the person’s own script', () => {
    expect(nativeNameLang('蓝秋明')).toBe('zh');
    expect(nativeNameLang('བློ་བཟང་')).toBe('bo');
    expect(nativeNameLang('ئاينۇر')).toBe('ug');
    expect(nativeNameLang('Lobsang Tsering')).toBeUndefined();
  });

  it('checks enum values coming from the address or the API', () => {
    expect(isCaseStatus('RSDL')).toBe(true);
    expect(isCaseStatus('rsdl')).toBe(false);
    expect(isCaseAnswerKind('REFUSED')).toBe(true);
    expect(isCaseAnswerKind(null)).toBe(false);
  });

  it('words the time to an answer and to the meeting', () => {
    expect(daysToAnswerKey(0)).toBe('cases.history.sameDay');
    expect(daysToAnswerKey(23)).toBe('cases.history.afterDays');
    expect(roundTimingKey(0)).toBe('cases.list.roundToday');
    expect(roundTimingKey(12)).toBe('cases.list.roundIn');
    expect(roundTimingKey(-3)).toBe('cases.list.roundPast');
  });

  it('looks for the raising’s round within the 400 days the API allows', () => {
    const range = meetingRange('2025-05-09');
    expect(range).toEqual({
      from: '2024-10-22T00:00:00.000Z',
      to: '2025-11-25T00:00:00.000Z',
    });
    const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
    expect(days).toBeLessThanOrEqual(400);
  });
});
