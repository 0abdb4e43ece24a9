import type { AssessmentStatus, BenchmarkKind, PartnerCode } from '@berne/domain';
import {
  detectConflicts,
  type RuleAssessment,
  type RuleMember,
  type RuleScope,
} from '../conflicts/conflict-rules';

const member = (
  id: string,
  holder: PartnerCode,
  targetDate: string | null,
  kind: BenchmarkKind = 'OBJECTIVE',
  active = true,
): RuleMember => ({ id, holder, kind, targetDate, active, statement: `Statement ${id}` });

let n = 0;
const assessment = (
  benchmarkId: string,
  partnerCode: PartnerCode,
  date: string,
  status: AssessmentStatus,
): RuleAssessment => ({
  id: `a${++n}`,
  benchmarkId,
  partnerCode,
  date,
  status,
  recordedAt: new Date(`${date}T12:00:00Z`),
});

const objective = (members: RuleMember[], assessments: RuleAssessment[] = []): RuleScope => ({
  scopeKey: 'objective:o1',
  objective: { id: 'o1', title: 'Ratify the ICCPR' },
  members,
  assessments,
});

describe('conflict rules', () => {
  it('flags deadlines more than six calendar months apart, not six months exactly', () => {
    expect(
      detectConflicts(
        objective([member('b1', 'EU', '2027-06-30'), member('b2', 'CA', '2027-12-30')]),
      ),
    ).toEqual([]);
    const [gap] = detectConflicts(
      objective([member('b2', 'CA', '2027-12-31'), member('b1', 'EU', '2027-06-30')]),
    );
    expect(gap).toMatchObject({
      kind: 'DEADLINE_GAP',
      key: 'DEADLINE_GAP:b1:b2',
      facts: 'b1=2027-06-30|b2=2027-12-31',
      sideA: { benchmarkId: 'b1', partner: 'EU' },
      sideB: { benchmarkId: 'b2', partner: 'CA' },
    });
    expect(gap.message).toBe(
      'EU’s time limit (2027-06-30) and CA’s (2027-12-31) for “Ratify the ICCPR” are 6 months and 1 day apart (more than 6 months): agree on one time limit.',
    );
  });

  it('ignores withdrawn members and members without a time limit', () => {
    expect(
      detectConflicts(
        objective([
          member('b1', 'EU', '2027-06-30'),
          member('b2', 'CA', '2030-01-01', 'PRECONDITION', false),
          member('b3', 'US', null),
        ]),
      ),
    ).toEqual([]);
  });

  it('flags an objective for one partner that is a precondition for another, once per pair', () => {
    const found = detectConflicts(
      objective([
        member('b1', 'EU', null),
        member('b2', 'DE', null, 'PRECONDITION'),
        member('b3', 'US', null),
      ]),
    );
    expect(found.map((c) => c.key)).toEqual(['KIND_MISMATCH:b1:b2', 'KIND_MISMATCH:b2:b3']);
    expect(found[0].message).toBe(
      '“Ratify the ICCPR” is an objective for EU but a precondition for DE.',
    );
  });

  it('flags opposite assessments of two partners in one half-year, on their latest assessment there', () => {
    const members = [member('b1', 'EU', null), member('b2', 'CA', null)];
    const base = [
      assessment('b1', 'EU', '2025-07-10', 'SUBSTANTIAL'),
      assessment('b2', 'CA', '2025-08-10', 'NO_PROGRESS'),
    ];
    const [opposite] = detectConflicts(objective(members, base));
    expect(opposite).toMatchObject({
      kind: 'OPPOSITE_ASSESSMENTS',
      period: '2025-H2',
      sideA: { benchmarkId: 'b1', partner: 'EU' },
      sideB: { benchmarkId: 'b2', partner: 'CA' },
    });
    // Canada's later assessment in the half-year is limited: no longer opposite.
    expect(
      detectConflicts(
        objective(members, [...base, assessment('b2', 'CA', '2025-12-01', 'LIMITED')]),
      ),
    ).toEqual([]);
    // Different half-years are not the same period; one partner never conflicts with itself.
    expect(
      detectConflicts(
        objective(members, [
          assessment('b1', 'EU', '2025-06-30', 'ACHIEVED'),
          assessment('b2', 'CA', '2025-07-01', 'REGRESSED'),
          assessment('b1', 'EU', '2024-03-01', 'ACHIEVED'),
          assessment('b1', 'EU', '2024-04-01', 'REGRESSED'),
        ]),
      ),
    ).toEqual([]);
  });

  it('flags an aligned objective nobody holds, and says whether anyone did', () => {
    const [never] = detectConflicts(objective([]));
    expect(never).toMatchObject({
      kind: 'NO_HOLDER',
      key: 'NO_HOLDER:o1',
      sideA: null,
      sideB: null,
    });
    expect(never.message).toBe(
      'No partner holds “Ratify the ICCPR”: join a benchmark to it, or delete it.',
    );
    const [left] = detectConflicts(
      objective([
        member('b1', 'EU', null, 'OBJECTIVE', false),
        member('b2', 'CA', null, 'OBJECTIVE', false),
      ]),
    );
    expect(left.message).toBe(
      'No partner holds “Ratify the ICCPR” any more: its 2 benchmarks were withdrawn.',
    );
  });

  it('applies only opposite assessments to a benchmark that is not aligned', () => {
    const scope: RuleScope = {
      scopeKey: 'benchmark:b1',
      objective: null,
      members: [member('b1', 'EU', '2020-01-01')],
      assessments: [
        assessment('b1', 'EU', '2025-02-01', 'ACHIEVED'),
        assessment('b1', 'US', '2025-03-01', 'REGRESSED'),
      ],
    };
    const found = detectConflicts(scope);
    expect(found.map((c) => c.kind)).toEqual(['OPPOSITE_ASSESSMENTS']);
    expect(found[0].message).toBe(
      'In the first half of 2025, EU assessed “Statement b1” as achieved (2025-02-01) while US assessed it as regressed (2025-03-01).',
    );
  });
});
