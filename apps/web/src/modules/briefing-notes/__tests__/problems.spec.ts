import { CombinedGraphQLErrors } from '@apollo/client/errors';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import { PROBLEM_FIELDS, checkTitle, noteProblemOf, type NoteProblem } from '../problems';

function apiError(code: string, fields?: Record<string, string[]>) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'server sentence', extensions: { code, ...(fields ? { fields } : {}) } }],
  });
}

describe('briefing note form problems', () => {
  it('checks titles as the API does', () => {
    expect(checkTitle('   ')).toBe('titleRequired');
    expect(checkTitle('x'.repeat(201))).toBe('titleTooLong');
    expect(checkTitle(` ${'x'.repeat(200)} `)).toBeNull();
    expect(checkTitle('two\nlines')).toBe('titleOneLine');
    expect(checkTitle('Death penalty: talking points')).toBeNull();
  });

  it.each<[Record<string, string[]>, NoteProblem]>([
    [{ title: ['required'] }, 'titleRequired'],
    [{ title: ['too long'] }, 'titleTooLong'],
    [{ title: ['control characters'] }, 'titleOneLine'],
    [{ themeCodes: ['NOPE'] }, 'unknownThemes'],
    [{ ownerPartner: ['required'] }, 'ownerRequired'],
    [{ classification: ['you would lose access'] }, 'wouldLoseAccess'],
    [{ classification: ['RESTRICTED to PUBLIC'] }, 'restrictedToPublic'],
    [{ classification: ['unchanged'] }, 'unchanged'],
    [{ namedReaderIds: ['include yourself'] }, 'restrictWithoutAccess'],
  ])('reads the field the API names: %j', (fields, problem) => {
    expect(noteProblemOf(apiError('BAD_USER_INPUT', fields))).toBe(problem);
  });

  it('leaves other errors to the generic error alert', () => {
    expect(noteProblemOf(apiError('FORBIDDEN'))).toBeNull();
    expect(noteProblemOf(apiError('BAD_USER_INPUT'))).toBeNull();
    expect(noteProblemOf(apiError('BAD_USER_INPUT', { somethingElse: ['x'] }))).toBeNull();
    expect(noteProblemOf(new TypeError('Failed to fetch'))).toBeNull();
  });

  it('has a sentence for every problem in both languages', () => {
    for (const problem of Object.keys(PROBLEM_FIELDS) as NoteProblem[]) {
      expect(en.notes.problems[problem]).toBeTruthy();
      expect(fr.notes.problems[problem]).toBeTruthy();
    }
  });
});
