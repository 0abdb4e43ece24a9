import { CombinedGraphQLErrors } from '@apollo/client/errors';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import {
  canApproveVersion,
  canSealVersion,
  checkVersionName,
  versionProblemOf,
  type VersionActor,
} from '../versions';
import { checkCommentBody, commentProblemOf, quoteOf, threadsInTextOrder } from '../comments';

function apiError(code: string, fields?: Record<string, string[]>) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'server sentence', extensions: { code, ...(fields ? { fields } : {}) } }],
  });
}

const named = { kind: 'NAMED' as const, sealedAt: null, approvals: [] };
const euDiplomat: VersionActor = {
  role: 'DIPLOMAT',
  partnerCode: 'EU',
  canEdit: true,
  canShare: false,
};
const caCoordinator: VersionActor = {
  role: 'COORDINATOR',
  partnerCode: 'CA',
  canEdit: true,
  canShare: true,
};
const approvedByEu = {
  partnerCode: 'EU' as const,
  approvedAt: '2026-11-27T10:00:00Z',
  approvedBy: { id: 'u1', displayName: 'Eleanor Vance', partnerCode: 'EU' as const },
};

describe('versions: who may do what', () => {
  it('lets each delegation approve a named, unsealed version once', () => {
    expect(canApproveVersion(named, euDiplomat)).toBe(true);
    expect(canApproveVersion({ ...named, approvals: [approvedByEu] }, euDiplomat)).toBe(false);
    expect(canApproveVersion({ ...named, approvals: [approvedByEu] }, caCoordinator)).toBe(true);
    expect(canApproveVersion({ ...named, kind: 'AUTO' }, euDiplomat)).toBe(false);
    expect(canApproveVersion({ ...named, sealedAt: '2026-11-27T11:00:00Z' }, euDiplomat)).toBe(
      false,
    );
  });

  it('leaves read-only users and the secretariat out of approvals', () => {
    expect(canApproveVersion(named, { ...euDiplomat, canEdit: false })).toBe(false);
    expect(
      canApproveVersion(named, {
        role: 'SECRETARIAT',
        partnerCode: 'SECRETARIAT',
        canEdit: true,
        canShare: true,
      }),
    ).toBe(false);
    expect(canApproveVersion(named, { ...euDiplomat, role: 'GUEST', partnerCode: null })).toBe(
      false,
    );
  });

  it('offers sealing to whoever may share the note', () => {
    expect(canSealVersion(named, caCoordinator)).toBe(true);
    expect(canSealVersion(named, euDiplomat)).toBe(false);
    expect(canSealVersion({ ...named, sealedAt: '2026-11-27T11:00:00Z' }, caCoordinator)).toBe(
      false,
    );
  });

  it('checks names as the API does and reads its answers', () => {
    expect(checkVersionName('  ')).toBe('nameRequired');
    expect(checkVersionName('x'.repeat(121))).toBe('nameTooLong');
    expect(checkVersionName('Second reading')).toBeNull();
    expect(versionProblemOf(apiError('BAD_USER_INPUT', { name: ['too long'] }), 'name')).toBe(
      'nameTooLong',
    );
    expect(versionProblemOf(apiError('BAD_USER_INPUT', { id: ['no approvals'] }), 'seal')).toBe(
      'noApprovals',
    );
    expect(versionProblemOf(apiError('BAD_USER_INPUT'), 'restore')).toBe('restoreSame');
    expect(versionProblemOf(apiError('CONFLICT'), 'approve')).toBeNull();
  });
});

describe('comments', () => {
  it('quote the selection on one line, cut to what the API keeps', () => {
    expect(quoteOf('  the annual\n number  ')).toBe('the annual number');
    const long = quoteOf('word '.repeat(200));
    expect(long.length).toBeLessThanOrEqual(500);
    expect(long.endsWith('…')).toBe(true);
  });

  it('check bodies and read the API’s answers, with the names that cannot be mentioned', () => {
    expect(checkCommentBody(' ')).toBe('bodyRequired');
    expect(checkCommentBody('x'.repeat(4001))).toBe('bodyTooLong');
    expect(
      commentProblemOf(apiError('BAD_USER_INPUT', { anchorStart: ['not in the note'] }), 'start'),
    ).toEqual({ problem: 'anchorGone' });
    expect(
      commentProblemOf(apiError('BAD_USER_INPUT', { mentionUserIds: ['Daniel Okafor'] }), 'start'),
    ).toEqual({ problem: 'cannotMention', names: ['Daniel Okafor'] });
    expect(commentProblemOf(apiError('BAD_USER_INPUT'), 'reply')).toEqual({
      problem: 'resolvedReadOnly',
    });
    expect(commentProblemOf(apiError('FORBIDDEN'), 'start')).toBeNull();
  });

  it('list threads in the order of their text, detached ones last', () => {
    const threads = [{ id: 'a' }, { id: 'b' }, { id: 'gone' }, { id: 'c' }];
    const positions = new Map([
      ['c', 3],
      ['a', 40],
      ['b', 12],
    ]);
    expect(threadsInTextOrder(threads, positions).map((t) => t.id)).toEqual([
      'c',
      'b',
      'a',
      'gone',
    ]);
  });

  it('have every problem worded in both languages', () => {
    for (const messages of [en.notes.comments.problems, fr.notes.comments.problems]) {
      expect(Object.keys(messages).sort()).toEqual([
        'anchorGone',
        'badAnchor',
        'bodyRequired',
        'bodyTooLong',
        'cannotMention',
        'resolvedReadOnly',
        'tooManyMentions',
      ]);
    }
    expect(Object.keys(en.notes.versions.problems)).toEqual(
      Object.keys(fr.notes.versions.problems),
    );
  });
});
