import { CASE_LIMITS } from '@berne/domain';
import {
  EMPTY_CASE_FORM,
  answerFormProblems,
  answerInput,
  caseFormProblems,
  caseFormValues,
  caseInput,
  isCalendarDate,
  pastDateProblem,
  raisingFormProblems,
  raisingInput,
  type RaisingFormValues,
} from '../case-form';

const NOW = new Date('2026-03-10T12:00:00Z');
const named = { ...EMPTY_CASE_FORM, name: 'Test Person' };

describe('case form', () => {
  it('needs a name, and nothing else', () => {
    expect(caseFormProblems(EMPTY_CASE_FORM, NOW)).toEqual([{ field: 'name', code: 'required' }]);
    expect(caseFormProblems({ ...EMPTY_CASE_FORM, name: ' \n\t ' }, NOW)).toEqual([
      { field: 'name', code: 'required' },
    ]);
    expect(caseFormProblems(named, NOW)).toEqual([]);
  });

  it('holds one-line fields to the API’s limits after collapsing whitespace', () => {
    const atLimit = 'x'.repeat(CASE_LIMITS.name);
    expect(caseFormProblems({ ...named, name: `  ${atLimit}  ` }, NOW)).toEqual([]);
    expect(caseFormProblems({ ...named, name: `${'x '.repeat(100)}y` }, NOW)).toEqual([
      { field: 'name', code: 'tooLong', max: CASE_LIMITS.name },
    ]);
    expect(
      caseFormProblems({ ...named, charges: 'c'.repeat(CASE_LIMITS.shortText + 1) }, NOW),
    ).toEqual([{ field: 'charges', code: 'tooLong', max: CASE_LIMITS.shortText }]);
    expect(caseFormProblems({ ...named, summary: 's'.repeat(CASE_LIMITS.text + 1) }, NOW)).toEqual([
      { field: 'summary', code: 'tooLong', max: CASE_LIMITS.text },
    ]);
  });

  it('checks the reference as the API will store it (in capitals)', () => {
    expect(caseFormProblems({ ...named, reference: 'bp-2026-014' }, NOW)).toEqual([]);
    for (const reference of ['B', 'BP 2026', '-BP', 'BP_1', 'X'.repeat(41)]) {
      expect(caseFormProblems({ ...named, reference }, NOW)).toEqual([
        { field: 'reference', code: 'badReference' },
      ]);
    }
  });

  it('takes a birth year from 1900 to this year and a past date of detention', () => {
    const problems = (birthYear: string, detainedOn = '') =>
      caseFormProblems({ ...named, birthYear, detainedOn }, NOW).map((p) => p.code);
    expect(problems('1971')).toEqual([]);
    expect(problems('2026')).toEqual([]);
    expect(problems('2027')).toEqual(['badBirthYear']);
    expect(problems('1899')).toEqual(['badBirthYear']);
    expect(problems('71')).toEqual(['badBirthYear']);
    expect(problems('', '2021-07-09')).toEqual([]);
    expect(problems('', '2026-03-11')).toEqual(['futureDate']);
    expect(problems('', '2025-02-30')).toEqual(['badDate']);
    expect(problems('', '09/07/2021')).toEqual(['badDate']);
  });

  it('sends every field cleaned, so that clearing a field clears it', () => {
    const input = caseInput({
      ...named,
      name: '  Lan   Qiuming ',
      reference: ' bp-2026-001 ',
      birthYear: ' 1971 ',
      region: 'Beijing\n(Chaoyang)',
      summary: '  Line one\nline two  ',
      themeCodes: ['FREE_EXPRESSION', 'FREE_EXPRESSION'],
    });
    expect(input).toEqual({
      reference: 'BP-2026-001',
      name: 'Lan Qiuming',
      nativeName: '',
      birthYear: 1971,
      region: 'Beijing (Chaoyang)',
      status: 'DETAINED',
      detainedOn: '',
      charges: '',
      sentence: '',
      location: '',
      summary: 'Line one\nline two',
      sourceName: '',
      sourceReference: '',
      themeCodes: ['FREE_EXPRESSION'],
      vulnerableGroups: [],
    });
    // No reference: the API generates one.
    expect(caseInput(named)).not.toHaveProperty('reference');
    expect(caseInput(named).birthYear).toBeNull();
  });

  it('fills the form from a case and gives back the same input', () => {
    const values = caseFormValues({
      reference: 'DEMO-001',
      name: 'Lan Qiuming',
      nativeName: '蓝秋明',
      birthYear: 1971,
      region: 'Beijing',
      status: 'SENTENCED',
      detainedOn: '2021-07-09',
      charges: 'Subversion of state power',
      sentence: '8 years',
      location: 'Beijing No. 2 Prison',
      summary: 'A lawyer.',
      sourceName: 'NGO',
      sourceReference: 'SRC-1',
      themeCodes: ['JUDICIAL_INDEPENDENCE'],
      vulnerableGroups: [],
    });
    expect(values.birthYear).toBe('1971');
    expect(caseFormProblems(values, NOW)).toEqual([]);
    expect(caseInput(values)).toMatchObject({ reference: 'DEMO-001', birthYear: 1971 });
  });

  it('knows real calendar dates and dates in the future', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(pastDateProblem('2026-03-10', NOW)).toBeNull();
    expect(pastDateProblem('1899-12-31', NOW)).toBe('badDate');
    expect(pastDateProblem('   ', NOW)).toBeNull();
  });
});

describe('raising form', () => {
  const values: RaisingFormValues = {
    partnerCode: '',
    channel: 'LETTER',
    raisedOn: '2026-03-01',
    meetingId: '',
    request: ' Release. ',
  };

  it('needs a past date, and a partner when the secretariat records it', () => {
    expect(raisingFormProblems(values, false, NOW)).toEqual([]);
    expect(raisingFormProblems(values, true, NOW)).toEqual([
      { field: 'partnerCode', code: 'partnerRequired' },
    ]);
    expect(raisingFormProblems({ ...values, raisedOn: '' }, false, NOW)).toEqual([
      { field: 'raisedOn', code: 'dateRequired' },
    ]);
    expect(raisingFormProblems({ ...values, raisedOn: '2026-04-01' }, false, NOW)).toEqual([
      { field: 'raisedOn', code: 'futureDate' },
    ]);
    expect(
      raisingFormProblems({ ...values, request: 'r'.repeat(CASE_LIMITS.text + 1) }, false, NOW),
    ).toEqual([{ field: 'request', code: 'tooLong', max: CASE_LIMITS.text }]);
  });

  it('names the partner only for the secretariat, and the meeting only when chosen', () => {
    expect(raisingInput('c1', { ...values, partnerCode: 'EU' }, false)).toEqual({
      caseId: 'c1',
      channel: 'LETTER',
      raisedOn: '2026-03-01',
      request: 'Release.',
    });
    expect(raisingInput('c1', { ...values, partnerCode: 'CA', meetingId: 'm1' }, true)).toEqual({
      caseId: 'c1',
      channel: 'LETTER',
      raisedOn: '2026-03-01',
      request: 'Release.',
      partnerCode: 'CA',
      meetingId: 'm1',
    });
  });
});

describe('answer form', () => {
  const raisedOn = '2025-05-09';

  it('asks nothing more for an answer still awaited, and sends only its kind', () => {
    const values = { answerKind: 'AWAITED' as const, answer: 'ignored', answeredOn: 'bad' };
    expect(answerFormProblems(values, raisedOn, NOW)).toEqual([]);
    expect(answerInput('r1', values)).toEqual({ raisingId: 'r1', answerKind: 'AWAITED' });
  });

  it('needs the date (not before the raising) and, but for "no answer", the text', () => {
    const problems = (
      answerKind: 'NONE' | 'PARTIAL' | 'REFUSED',
      answer: string,
      answeredOn: string,
    ) => answerFormProblems({ answerKind, answer, answeredOn }, raisedOn, NOW).map((p) => p.code);
    expect(problems('NONE', '', '2025-06-12')).toEqual([]);
    expect(problems('PARTIAL', '', '2025-06-12')).toEqual(['textRequired']);
    expect(problems('REFUSED', 'Internal affair.', '')).toEqual(['dateRequired']);
    expect(problems('REFUSED', 'Internal affair.', '2025-05-08')).toEqual(['beforeRaising']);
    expect(problems('REFUSED', 'Internal affair.', '2025-05-09')).toEqual([]);
    expect(problems('PARTIAL', 'x', '2027-01-01')).toEqual(['futureDate']);
  });

  it('sends the answer trimmed', () => {
    expect(
      answerInput('r1', { answerKind: 'FULL', answer: ' Released. ', answeredOn: ' 2025-06-12 ' }),
    ).toEqual({
      raisingId: 'r1',
      answerKind: 'FULL',
      answer: 'Released.',
      answeredOn: '2025-06-12',
    });
  });
});
