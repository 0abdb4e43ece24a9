import { CombinedGraphQLErrors } from '@apollo/client/errors';
import en from '../../../i18n/en.json';
import {
  ITEM_MINUTES_MAX,
  ITEM_TITLE_MAX,
  apiFieldProblem,
  checkItemForm,
  checkReopenReason,
  itemProblemOf,
} from '../problems';

const valid = {
  title: 'Death penalty statistics',
  description: '',
  minutes: 30,
  influence: false,
  influenceRegion: null,
};

function graphQLError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('the proposal form’s checks', () => {
  it('accepts a valid item', () => {
    expect(checkItemForm(valid)).toEqual([]);
  });

  it('asks for a title with the API’s own sentence', () => {
    expect(checkItemForm({ ...valid, title: '   ' })).toEqual([
      { field: 'title', code: 'titleRequired' },
    ]);
    expect(en.agendas.form.problems.titleRequired).toBe('Give the agenda item a title.');
    expect(checkItemForm({ ...valid, title: 'x'.repeat(ITEM_TITLE_MAX + 1) })[0].code).toBe(
      'titleTooLong',
    );
  });

  it('keeps minutes whole and between 0 and 600', () => {
    for (const minutes of [-5, ITEM_MINUTES_MAX + 1, 12.5, '']) {
      expect(checkItemForm({ ...valid, minutes })).toEqual([
        { field: 'minutes', code: 'badMinutes' },
      ]);
    }
    expect(checkItemForm({ ...valid, minutes: 0 })).toEqual([]);
    expect(checkItemForm({ ...valid, minutes: ITEM_MINUTES_MAX })).toEqual([]);
  });

  it('asks for the region of an item on China’s influence abroad', () => {
    expect(checkItemForm({ ...valid, influence: true })).toEqual([
      { field: 'influenceRegion', code: 'regionRequired' },
    ]);
    expect(checkItemForm({ ...valid, influence: true, influenceRegion: 'AFRICA' })).toEqual([]);
  });

  it('asks the chair for the partner it proposes for', () => {
    expect(checkItemForm({ ...valid, choosesPartner: true, proposingPartner: null })).toEqual([
      { field: 'proposingPartner', code: 'partnerRequired' },
    ]);
    expect(checkItemForm({ ...valid, choosesPartner: true, proposingPartner: 'EU' })).toEqual([]);
    expect(checkItemForm({ ...valid, choosesPartner: false, proposingPartner: null })).toEqual([]);
  });

  it('lists every problem, in the API’s order', () => {
    expect(
      checkItemForm({
        title: '',
        description: '',
        minutes: -1,
        influence: true,
        influenceRegion: null,
      }).map((p) => p.field),
    ).toEqual(['title', 'minutes', 'influenceRegion']);
  });
});

describe('mapping the API’s answers', () => {
  it('puts a BAD_USER_INPUT answer next to the field it names, in the API’s words', () => {
    const error = graphQLError('Give the agenda item a title.', {
      code: 'BAD_USER_INPUT',
      fields: { title: ['required'] },
    });
    expect(itemProblemOf(error)).toEqual({
      field: 'title',
      code: 'api',
      message: 'Give the agenda item a title.',
    });
    expect(apiFieldProblem(error)).toEqual({
      field: 'title',
      message: 'Give the agenda item a title.',
    });
  });

  it('shows fields the form does not have above the form', () => {
    const error = graphQLError('This id is not valid.', {
      code: 'BAD_USER_INPUT',
      fields: { meetingId: ['not a UUID'] },
    });
    expect(itemProblemOf(error)).toMatchObject({ field: 'form', message: 'This id is not valid.' });
    const noFields = graphQLError('Something is wrong.', { code: 'BAD_USER_INPUT' });
    expect(apiFieldProblem(noFields)).toEqual({ field: null, message: 'Something is wrong.' });
  });

  it('leaves other codes (FORBIDDEN, CONFLICT) to the error alert', () => {
    const forbidden = graphQLError('You speak for EU, not for CA.', { code: 'FORBIDDEN' });
    expect(itemProblemOf(forbidden)).toBeNull();
    expect(apiFieldProblem(new TypeError('Failed to fetch'))).toBeNull();
  });
});

describe('reopening', () => {
  it('needs a reason of at most 500 characters', () => {
    expect(checkReopenReason('  ')).toBe('reasonRequired');
    expect(checkReopenReason('x'.repeat(501))).toBe('reasonTooLong');
    expect(checkReopenReason('The Chinese side asked to add an item.')).toBeNull();
    expect(en.agendas.lock.problems.reasonRequired).toBe(
      'Say why the agenda is reopened: the partners will read it.',
    );
  });
});
