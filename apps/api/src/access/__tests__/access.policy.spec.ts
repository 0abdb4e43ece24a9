import { ACTIONS, CLASSIFICATIONS, type Action, type Classification } from '@berne/domain';
import { can, decide, type ResourceRef } from '../access.policy';
import { ANONYMOUS, type Principal } from '../principal';

/*
 * The access policy as a table. Every record below belongs to the EU delegation, names one reader
 * (`reader`) and is shared with consultation round `round-1`; only the classification changes.
 * The expected answers are written out by hand from the rules in access.policy.ts and libs/domain:
 * - read/export: PUBLIC to anyone; PARTNERS to staff, and to guests of the round it is shared with;
 *   PARTNER_PRIVATE to the owner partner's staff; RESTRICTED to named readers and cleared staff.
 * - create/update: as read, for staff only; a diplomat cannot publish (write PUBLIC); guests write
 *   only guest-writable records (none here).
 * - delete/share: readable, and by the secretariat or the owner partner's coordinator.
 * - administer (type 'note' here): the secretariat only.
 */

const OWNER = 'EU';
const ROUND = 'round-1';
const READER_ID = 'user-reader';

const principal = (p: Partial<Principal> & Pick<Principal, 'kind'>): Principal => ({
  cleared: false,
  guestRoundIds: [],
  ...p,
});

const PRINCIPALS = {
  'secretariat (cleared)': principal({
    kind: 'SECRETARIAT',
    userId: 'user-sec',
    partnerCode: 'SECRETARIAT',
    cleared: true,
  }),
  'secretariat (not cleared)': principal({
    kind: 'SECRETARIAT',
    userId: 'user-sec2',
    partnerCode: 'SECRETARIAT',
  }),
  'coordinator of owner': principal({
    kind: 'COORDINATOR',
    userId: 'user-coord-eu',
    partnerCode: 'EU',
  }),
  'coordinator of other': principal({
    kind: 'COORDINATOR',
    userId: 'user-coord-ca',
    partnerCode: 'CA',
  }),
  'diplomat of owner': principal({ kind: 'DIPLOMAT', userId: 'user-dip-eu', partnerCode: 'EU' }),
  'diplomat of other': principal({ kind: 'DIPLOMAT', userId: 'user-dip-us', partnerCode: 'US' }),
  'cleared diplomat': principal({
    kind: 'DIPLOMAT',
    userId: 'user-dip-cleared',
    partnerCode: 'US',
    cleared: true,
  }),
  'named reader': principal({ kind: 'DIPLOMAT', userId: READER_ID, partnerCode: 'US' }),
  'guest of round': principal({
    kind: 'GUEST',
    userId: 'user-guest-1',
    partnerCode: null,
    guestRoundIds: [ROUND],
  }),
  'guest of other round': principal({
    kind: 'GUEST',
    userId: 'user-guest-2',
    partnerCode: null,
    guestRoundIds: ['round-2'],
  }),
  anonymous: ANONYMOUS,
} satisfies Record<string, Principal>;
type Who = keyof typeof PRINCIPALS;

const record = (classification: Classification, extra: Partial<ResourceRef> = {}): ResourceRef => ({
  type: 'note',
  id: 'note-1',
  classification,
  ownerPartner: OWNER,
  namedReaders: [READER_ID],
  guestRoundId: ROUND,
  ...extra,
});

const COLUMNS = ['read', 'create', 'update', 'delete', 'share', 'export', 'administer'] as const;
type Row = [Who, Classification, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
const Y = true;
const _ = false;

// prettier-ignore
const TABLE: Row[] = [
  // principal                    classification      read create update delete share export administer
  ['secretariat (cleared)',       'PUBLIC',           Y,   Y,     Y,     Y,     Y,    Y,     Y],
  ['secretariat (cleared)',       'PARTNERS',         Y,   Y,     Y,     Y,     Y,    Y,     Y],
  ['secretariat (cleared)',       'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     Y],
  ['secretariat (cleared)',       'RESTRICTED',       Y,   Y,     Y,     Y,     Y,    Y,     Y],

  ['secretariat (not cleared)',   'PUBLIC',           Y,   Y,     Y,     Y,     Y,    Y,     Y],
  ['secretariat (not cleared)',   'PARTNERS',         Y,   Y,     Y,     Y,     Y,    Y,     Y],
  ['secretariat (not cleared)',   'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     Y],
  ['secretariat (not cleared)',   'RESTRICTED',       _,   _,     _,     _,     _,    _,     Y],

  ['coordinator of owner',        'PUBLIC',           Y,   Y,     Y,     Y,     Y,    Y,     _],
  ['coordinator of owner',        'PARTNERS',         Y,   Y,     Y,     Y,     Y,    Y,     _],
  ['coordinator of owner',        'PARTNER_PRIVATE',  Y,   Y,     Y,     Y,     Y,    Y,     _],
  ['coordinator of owner',        'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],

  ['coordinator of other',        'PUBLIC',           Y,   Y,     Y,     _,     _,    Y,     _],
  ['coordinator of other',        'PARTNERS',         Y,   Y,     Y,     _,     _,    Y,     _],
  ['coordinator of other',        'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['coordinator of other',        'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],

  ['diplomat of owner',           'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['diplomat of owner',           'PARTNERS',         Y,   Y,     Y,     _,     _,    Y,     _],
  ['diplomat of owner',           'PARTNER_PRIVATE',  Y,   Y,     Y,     _,     _,    Y,     _],
  ['diplomat of owner',           'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],

  ['diplomat of other',           'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['diplomat of other',           'PARTNERS',         Y,   Y,     Y,     _,     _,    Y,     _],
  ['diplomat of other',           'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['diplomat of other',           'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],

  ['cleared diplomat',            'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['cleared diplomat',            'PARTNERS',         Y,   Y,     Y,     _,     _,    Y,     _],
  ['cleared diplomat',            'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['cleared diplomat',            'RESTRICTED',       Y,   Y,     Y,     _,     _,    Y,     _],

  ['named reader',                'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['named reader',                'PARTNERS',         Y,   Y,     Y,     _,     _,    Y,     _],
  ['named reader',                'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['named reader',                'RESTRICTED',       Y,   Y,     Y,     _,     _,    Y,     _],

  ['guest of round',              'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['guest of round',              'PARTNERS',         Y,   _,     _,     _,     _,    Y,     _],
  ['guest of round',              'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['guest of round',              'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],

  ['guest of other round',        'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['guest of other round',        'PARTNERS',         _,   _,     _,     _,     _,    _,     _],
  ['guest of other round',        'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['guest of other round',        'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],

  ['anonymous',                   'PUBLIC',           Y,   _,     _,     _,     _,    Y,     _],
  ['anonymous',                   'PARTNERS',         _,   _,     _,     _,     _,    _,     _],
  ['anonymous',                   'PARTNER_PRIVATE',  _,   _,     _,     _,     _,    _,     _],
  ['anonymous',                   'RESTRICTED',       _,   _,     _,     _,     _,    _,     _],
];

const answers = (p: Principal, r: ResourceRef) =>
  Object.fromEntries(COLUMNS.map((action) => [action, can(p, action, r)]));

describe('access policy: principal × classification × action', () => {
  it('covers every action, every classification and every principal of the table', () => {
    expect([...COLUMNS].sort()).toEqual([...ACTIONS].sort());
    for (const who of Object.keys(PRINCIPALS)) {
      const classifications = TABLE.filter(([w]) => w === who).map(([, c]) => c);
      expect(classifications.sort()).toEqual([...CLASSIFICATIONS].sort());
    }
    expect(TABLE).toHaveLength(Object.keys(PRINCIPALS).length * CLASSIFICATIONS.length);
  });

  it.each(TABLE)('%s on a %s record', (who, classification, ...expected) => {
    const r = record(classification);
    const want = Object.fromEntries(COLUMNS.map((action, i) => [action, expected[i]]));
    expect(answers(PRINCIPALS[who], r)).toEqual(want);
  });

  it('can() is decide().allowed, and every decision carries a reason', () => {
    for (const p of Object.values(PRINCIPALS)) {
      for (const c of CLASSIFICATIONS) {
        for (const action of ACTIONS) {
          const d = decide(p, action, record(c));
          expect(can(p, action, record(c))).toBe(d.allowed);
          expect(d.reason).toMatch(/^[a-z-]+$/);
        }
      }
    }
  });
});

describe('access policy: reasons written to the audit log', () => {
  // prettier-ignore
  const REASONS: [Who, Action, Classification, boolean, string][] = [
    ['anonymous',                 'read',       'PUBLIC',          true,  'public'],
    ['anonymous',                 'read',       'PARTNERS',        false, 'anonymous'],
    ['anonymous',                 'update',     'PUBLIC',          false, 'anonymous'],
    ['anonymous',                 'delete',     'PUBLIC',          false, 'anonymous'],
    ['guest of round',            'read',       'PARTNERS',        true,  'shared-with-round'],
    ['guest of other round',      'read',       'PARTNERS',        false, 'guest-not-shared'],
    ['guest of round',            'read',       'RESTRICTED',      false, 'guest-not-shared'],
    ['guest of round',            'update',     'PARTNERS',        false, 'guest-read-only'],
    ['guest of round',            'share',      'PARTNERS',        false, 'guest-read-only'],
    ['diplomat of owner',         'read',       'PARTNER_PRIVATE', true,  'own-partner'],
    ['diplomat of other',         'read',       'PARTNER_PRIVATE', false, 'other-partner-private'],
    ['diplomat of other',         'read',       'RESTRICTED',      false, 'not-cleared'],
    ['named reader',              'read',       'RESTRICTED',      true,  'named-reader'],
    ['cleared diplomat',          'read',       'RESTRICTED',      true,  'cleared'],
    ['diplomat of owner',         'create',     'PUBLIC',          false, 'publishing-needs-coordinator'],
    ['diplomat of owner',         'delete',     'PARTNER_PRIVATE', false, 'not-owner-coordinator'],
    ['coordinator of other',      'delete',     'PARTNERS',        false, 'not-owner-coordinator'],
    ['coordinator of owner',      'delete',     'PARTNER_PRIVATE', true,  'owner-coordinator'],
    ['secretariat (cleared)',     'share',      'RESTRICTED',      true,  'secretariat'],
    ['secretariat (not cleared)', 'delete',     'RESTRICTED',      false, 'not-cleared'],
    ['coordinator of owner',      'administer', 'PARTNERS',        false, 'not-administrator'],
  ];

  it.each(REASONS)(
    '%s %s %s: allowed=%s because %s',
    (who, action, classification, allowed, reason) => {
      expect(decide(PRINCIPALS[who], action, record(classification))).toEqual({ allowed, reason });
    },
  );
});

describe('access policy: administration', () => {
  const user = (ownerPartner: ResourceRef['ownerPartner']): ResourceRef => ({
    type: 'user',
    id: 'user-x',
    classification: 'PARTNERS',
    ownerPartner,
  });
  const AUDIT_LOG: ResourceRef = { type: 'audit-log', classification: 'RESTRICTED' };

  // prettier-ignore
  const ADMIN: [Who, boolean, boolean][] = [
    // principal                   user of EU   audit-log
    ['secretariat (cleared)',      Y,           Y],
    ['secretariat (not cleared)',  Y,           Y],
    ['coordinator of owner',       Y,           _],
    ['coordinator of other',       _,           _],
    ['diplomat of owner',          _,           _],
    ['diplomat of other',          _,           _],
    ['cleared diplomat',           _,           _],
    ['named reader',               _,           _],
    ['guest of round',             _,           _],
    ['guest of other round',       _,           _],
    ['anonymous',                  _,           _],
  ];

  it.each(ADMIN)('%s: administer an EU user=%s, the audit log=%s', (who, userOfEu, auditLog) => {
    expect(can(PRINCIPALS[who], 'administer', user('EU'))).toBe(userOfEu);
    expect(can(PRINCIPALS[who], 'administer', AUDIT_LOG)).toBe(auditLog);
  });

  it('a coordinator administers users of its own partner only, whatever their classification', () => {
    const coordinator = PRINCIPALS['coordinator of other']; // CA
    expect(can(coordinator, 'administer', user('CA'))).toBe(true);
    expect(can(coordinator, 'administer', { ...user('CA'), classification: 'RESTRICTED' })).toBe(
      true,
    );
    expect(can(coordinator, 'administer', user('US'))).toBe(false);
    expect(can(coordinator, 'administer', user('SECRETARIAT'))).toBe(false);
    expect(can(coordinator, 'administer', user(null))).toBe(false);
  });

  it('a coordinator without a partner administers nobody, not even users without one', () => {
    const orphan = principal({ kind: 'COORDINATOR', userId: 'user-orphan', partnerCode: null });
    expect(can(orphan, 'administer', user(null))).toBe(false);
    expect(can(orphan, 'administer', user(undefined))).toBe(false);
  });

  it('a coordinator never administers the audit log, even one "owned" by its partner', () => {
    expect(
      can(PRINCIPALS['coordinator of owner'], 'administer', { ...AUDIT_LOG, ownerPartner: 'EU' }),
    ).toBe(false);
    expect(
      can(PRINCIPALS['coordinator of owner'], 'administer', { ...user('EU'), type: 'partner' }),
    ).toBe(false);
  });
});

describe('access policy: guest-writable records', () => {
  const guest = PRINCIPALS['guest of round'];
  const otherGuest = PRINCIPALS['guest of other round'];
  const writable = (classification: Classification, extra: Partial<ResourceRef> = {}) =>
    record(classification, { guestWritable: true, ...extra });

  it('guests of the round may read, create and update a guest-writable PARTNERS record', () => {
    for (const action of ['read', 'create', 'update', 'export'] as const) {
      expect(decide(guest, action, writable('PARTNERS')).allowed).toBe(true);
    }
    expect(decide(guest, 'update', writable('PARTNERS')).reason).toBe('guest-writable');
  });

  it('guests may never delete, share or administer it', () => {
    for (const action of ['delete', 'share', 'administer'] as const) {
      expect(can(guest, action, writable('PARTNERS'))).toBe(false);
    }
  });

  it('guests of another round, or of no round, may not write it', () => {
    expect(can(otherGuest, 'update', writable('PARTNERS'))).toBe(false);
    expect(can(guest, 'update', writable('PARTNERS', { guestRoundId: null }))).toBe(false);
    expect(can(principal({ kind: 'GUEST', userId: 'g' }), 'create', writable('PARTNERS'))).toBe(
      false,
    );
  });

  it('a RESTRICTED record stays closed to guests even when flagged guest-writable', () => {
    for (const action of ACTIONS) expect(can(guest, action, writable('RESTRICTED'))).toBe(false);
  });

  // Guests never see partner-private material "even if a round flags it" (decideRead), yet
  // decideWrite only excludes RESTRICTED: a guest could write a partner's private draft it cannot read.
  it(
    'a PARTNER_PRIVATE record stays closed to guests even when flagged guest-writable',
    () => {
      expect(can(guest, 'read', writable('PARTNER_PRIVATE'))).toBe(false);
      expect(can(guest, 'create', writable('PARTNER_PRIVATE'))).toBe(false);
      expect(can(guest, 'update', writable('PARTNER_PRIVATE'))).toBe(false);
    },
  );

  it('the flag gives nothing to anonymous callers and changes nothing for staff', () => {
    for (const action of ACTIONS) expect(can(ANONYMOUS, action, writable('PARTNERS'))).toBe(false);
    for (const [who, classification, ...expected] of TABLE) {
      if (PRINCIPALS[who].kind === 'GUEST' || who === 'anonymous') continue;
      const want = Object.fromEntries(COLUMNS.map((action, i) => [action, expected[i]]));
      expect(answers(PRINCIPALS[who], writable(classification))).toEqual(want);
    }
  });
});
