import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CLASSIFICATIONS, type Classification, type PartnerCode } from '@berne/domain';
import { decide, type ResourceRef } from '../src/access/access.policy';
import { readScope, type ReadScopeColumns } from '../src/access/access.scope';
import { ANONYMOUS, type Principal } from '../src/access/principal';
import { randomId } from './helpers/factories';
import { startTestApp, type TestApp } from './helpers/test-app';

/*
 * readScope is the SQL form of decide(p, 'read', r). On a probe table holding one row per
 * classification × owner partner × guest round (plus named readers), the rows each principal's
 * WHERE clause keeps must be exactly the rows the policy allows it to read.
 */

const TABLE = `scope_probe_${randomId(3)}`;
const TYPE = 'probe';
// The helper pastes these after "r."; quoted so that camelCase survives on PostgreSQL.
const COLUMNS: ReadScopeColumns = {
  resourceType: TYPE,
  ownerColumn: '"ownerPartner"',
  classificationColumn: 'classification',
  idColumn: '"id"',
  guestRoundColumn: '"guestRoundId"',
};

const ROUND_A = `round-a-${randomId(3)}`;
const ROUND_B = `round-b-${randomId(3)}`;
const OWNERS: (PartnerCode | null)[] = ['EU', 'US', 'SECRETARIAT', null];
const ROUNDS: (string | null)[] = [null, ROUND_A, ROUND_B];

interface ProbeRow {
  id: string;
  classification: Classification;
  ownerPartner: PartnerCode | null;
  guestRoundId: string | null;
}

const reader = randomUUID();
const otherReader = randomUUID();

const p = (x: Partial<Principal> & Pick<Principal, 'kind'>): Principal => ({
  cleared: false,
  guestRoundIds: [],
  userId: randomUUID(),
  ...x,
});

const PRINCIPALS: Record<string, Principal> = {
  'secretariat (cleared)': p({ kind: 'SECRETARIAT', partnerCode: 'SECRETARIAT', cleared: true }),
  'secretariat (not cleared)': p({ kind: 'SECRETARIAT', partnerCode: 'SECRETARIAT' }),
  'EU coordinator': p({ kind: 'COORDINATOR', partnerCode: 'EU' }),
  'CA coordinator': p({ kind: 'COORDINATOR', partnerCode: 'CA' }),
  'EU diplomat': p({ kind: 'DIPLOMAT', partnerCode: 'EU' }),
  'US diplomat': p({ kind: 'DIPLOMAT', partnerCode: 'US' }),
  'cleared CA diplomat': p({ kind: 'DIPLOMAT', partnerCode: 'CA', cleared: true }),
  'US diplomat named reader': p({ kind: 'DIPLOMAT', partnerCode: 'US', userId: reader }),
  'EU coordinator named reader': p({ kind: 'COORDINATOR', partnerCode: 'EU', userId: otherReader }),
  'guest of round A': p({ kind: 'GUEST', partnerCode: null, guestRoundIds: [ROUND_A] }),
  'guest of rounds A and B': p({
    kind: 'GUEST',
    partnerCode: null,
    guestRoundIds: [ROUND_A, ROUND_B],
  }),
  'guest of another round': p({
    kind: 'GUEST',
    partnerCode: null,
    guestRoundIds: [`round-c-${randomId(3)}`],
  }),
  'guest of no round': p({ kind: 'GUEST', partnerCode: null }),
  'guest who is a named reader': p({
    kind: 'GUEST',
    partnerCode: null,
    guestRoundIds: [ROUND_A],
    userId: reader,
  }),
  anonymous: ANONYMOUS,
};

describe('readScope agrees with decide(p, "read", r) row by row', () => {
  let t: TestApp;
  let ds: DataSource;
  const rows: ProbeRow[] = [];
  /** resourceId -> readers, as resource_readers holds them for TYPE. */
  const readers = new Map<string, string[]>();

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    await ds.query(
      `CREATE TABLE ${TABLE} ("id" varchar(36) PRIMARY KEY, "classification" varchar(20) NOT NULL, ` +
        `"ownerPartner" varchar(16), "guestRoundId" varchar(36))`,
    );
    for (const classification of CLASSIFICATIONS) {
      for (const ownerPartner of OWNERS) {
        for (const guestRoundId of ROUNDS)
          rows.push({ id: randomUUID(), classification, ownerPartner, guestRoundId });
      }
    }
    const values = rows.map(() => '(?, ?, ?, ?)').join(', ');
    const sql = `INSERT INTO ${TABLE} ("id", "classification", "ownerPartner", "guestRoundId") VALUES ${values}`;
    const params = rows.flatMap((r) => [r.id, r.classification, r.ownerPartner, r.guestRoundId]);
    await ds.query(ds.options.type === 'postgres' ? numbered(sql) : sql, params);

    // Named readers: `reader` on every other RESTRICTED row, `otherReader` on one; a reader of a
    // PARTNER_PRIVATE row (which must not open it); and rows of another resource type with the same
    // ids (which must not count for this one).
    const restricted = rows.filter((r) => r.classification === 'RESTRICTED');
    const grants: [string, string, string][] = [];
    restricted.forEach((r, i) => {
      if (i % 2 === 0) grants.push([TYPE, r.id, reader]);
    });
    grants.push([TYPE, restricted[1].id, otherReader]);
    const privateRow = rows.find(
      (r) => r.classification === 'PARTNER_PRIVATE' && r.ownerPartner === 'EU',
    )!;
    grants.push([TYPE, privateRow.id, reader]);
    grants.push(
      ['other-type', restricted[3].id, reader],
      ['other-type', restricted[5].id, otherReader],
    );
    for (const [resourceType, resourceId, userId] of grants) {
      const insert =
        'INSERT INTO resource_readers ("resourceType", "resourceId", "userId") VALUES (?, ?, ?)';
      await ds.query(ds.options.type === 'postgres' ? numbered(insert) : insert, [
        resourceType,
        resourceId,
        userId,
      ]);
      if (resourceType === TYPE)
        readers.set(resourceId, [...(readers.get(resourceId) ?? []), userId]);
    }
  });

  afterAll(async () => {
    await ds?.query(`DROP TABLE ${TABLE}`);
    await t?.close();
  });

  const resourceOf = (row: ProbeRow): ResourceRef => ({
    type: TYPE,
    id: row.id,
    classification: row.classification,
    ownerPartner: row.ownerPartner,
    guestRoundId: row.guestRoundId,
    namedReaders: readers.get(row.id) ?? [],
  });

  async function scopedIds(...principals: Principal[]): Promise<string[]> {
    const qb = ds.createQueryBuilder().select('r."id"', 'id').from(TABLE, 'r');
    principals.forEach((principal, i) => {
      const scope = readScope(principal, 'r', COLUMNS);
      if (i === 0) qb.where(scope);
      else qb.andWhere(scope);
    });
    const found: { id: string }[] = await qb.getRawMany();
    return found.map((r) => r.id).sort();
  }

  const allowedIds = (principal: Principal) =>
    rows
      .filter((row) => decide(principal, 'read', resourceOf(row)).allowed)
      .map((row) => row.id)
      .sort();

  it('has a probe row for every classification, owner and round', () => {
    expect(rows).toHaveLength(CLASSIFICATIONS.length * OWNERS.length * ROUNDS.length);
  });

  it.each(Object.keys(PRINCIPALS))('%s', async (who) => {
    const principal = PRINCIPALS[who];
    const expected = allowedIds(principal);
    const actual = await scopedIds(principal);
    const describeRows = (ids: string[]) =>
      rows
        .filter((r) => ids.includes(r.id))
        .map((r) => `${r.classification}/${r.ownerPartner}/${r.guestRoundId}`);
    // On mismatch, show which rows differ in words rather than as ids.
    expect(describeRows(actual.filter((id) => !expected.includes(id)))).toEqual([]);
    expect(describeRows(expected.filter((id) => !actual.includes(id)))).toEqual([]);
    expect(actual).toEqual(expected);
  });

  it('gives different principals different views (the scope is not vacuous)', async () => {
    const counts = await Promise.all(
      Object.values(PRINCIPALS).map(async (pr) => (await scopedIds(pr)).length),
    );
    expect(new Set(counts).size).toBeGreaterThan(4);
    expect(await scopedIds(ANONYMOUS)).toHaveLength(OWNERS.length * ROUNDS.length);
    expect(await scopedIds(PRINCIPALS['secretariat (cleared)'])).not.toHaveLength(rows.length);
  });

  it('can combine two scopes in one query (parameters do not collide): the intersection', async () => {
    const a = PRINCIPALS['US diplomat named reader'];
    const b = PRINCIPALS['EU coordinator named reader'];
    const expected = allowedIds(a).filter((id) => allowedIds(b).includes(id));
    expect(expected.length).toBeGreaterThan(0);
    expect(await scopedIds(a, b)).toEqual(expected);
  });
});

/** `?` placeholders to PostgreSQL's `$1, $2, …`. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
