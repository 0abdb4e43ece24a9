import {
  computeTrend,
  halfYearOf,
  statusOfScore,
  type AssessmentStatus,
  type PartnerCode,
} from '@berne/domain';
import {
  heatCells,
  overallTrend,
  partnerTrends,
  roundOf,
  type RoundPeriod,
  type ScoredAssessment,
} from '../trends/trend-math';

let n = 0;
const a = (
  benchmarkId: string,
  partnerCode: PartnerCode,
  date: string,
  status: AssessmentStatus,
  meetingId: string | null = null,
): ScoredAssessment => ({
  id: `a${String(++n).padStart(3, '0')}`,
  benchmarkId,
  partnerCode,
  date,
  status,
  meetingId,
  recordedAt: new Date(`${date}T12:00:00Z`),
});

describe('trend arithmetic', () => {
  it('computes the least-squares slope over the last four points', () => {
    expect(computeTrend([2, 3, 4])).toMatchObject({
      direction: 'IMPROVING',
      slope: 1,
      change: 2,
      count: 3,
    });
    expect(computeTrend([3, 2, 1, 0])).toMatchObject({
      direction: 'WORSENING',
      slope: -1,
      change: -3,
    });
    expect(computeTrend([1, 2, 3, 2])).toMatchObject({ direction: 'IMPROVING', slope: 0.4 });
    expect(computeTrend([2, 2, 3, 2])).toMatchObject({ direction: 'STABLE', slope: 0.1 });
    // Only the last four count: an old collapse does not weigh on a recent rise.
    expect(computeTrend([4, 0, 0, 1, 2, 3])).toMatchObject({
      direction: 'IMPROVING',
      slope: 1,
      count: 4,
    });
    expect(computeTrend([3])).toMatchObject({
      direction: 'INSUFFICIENT_DATA',
      slope: null,
      average: 3,
    });
    expect(computeTrend([])).toMatchObject({
      direction: 'INSUFFICIENT_DATA',
      average: null,
      count: 0,
    });
  });

  it('names the nearest status of a score and the half-year of a date', () => {
    expect([0, 0.49, 0.5, 1.5, 2.4, 3.5, 4].map(statusOfScore)).toEqual([
      'REGRESSED',
      'REGRESSED',
      'NO_PROGRESS',
      'LIMITED',
      'LIMITED',
      'ACHIEVED',
      'ACHIEVED',
    ]);
    expect([halfYearOf('2025-06-30'), halfYearOf('2025-07-01')]).toEqual(['2025-H1', '2025-H2']);
  });

  it('draws one line per partner, oldest first, each with its own trend', () => {
    const lines = partnerTrends([
      a('b', 'US', '2024-02-01', 'LIMITED'),
      a('b', 'EU', '2024-01-01', 'REGRESSED'),
      a('b', 'EU', '2023-01-01', 'ACHIEVED'),
    ]);
    expect(lines.map((l) => [l.partnerCode, l.points.map((p) => p.date)])).toEqual([
      ['EU', ['2023-01-01', '2024-01-01']],
      ['US', ['2024-02-01']],
    ]);
    expect(lines[0].trend).toMatchObject({
      direction: 'WORSENING',
      slope: -4,
      latestStatus: 'REGRESSED',
    });
    expect(lines[1].trend.explanation).toBe('Only one assessment so far: no trend yet.');
  });

  it('takes the overall trend over half-years, from each partner’s latest status in each', () => {
    const trend = overallTrend([
      a('b', 'EU', '2024-02-01', 'NO_PROGRESS'),
      a('b', 'EU', '2024-05-01', 'LIMITED'),
      a('b', 'CA', '2024-03-01', 'LIMITED'),
      a('b', 'EU', '2024-09-01', 'ACHIEVED'),
      a('b', 'CA', '2024-10-01', 'SUBSTANTIAL'),
    ]);
    // 2024-H1: (2 + 2) / 2 = 2; 2024-H2: (4 + 3) / 2 = 3.5.
    expect(trend).toMatchObject({
      direction: 'IMPROVING',
      slope: 1.5,
      count: 2,
      latestStatus: 'SUBSTANTIAL',
    });
  });

  it('counts an assessment for the round it was made at, or the next round within its period', () => {
    const rounds: RoundPeriod[] = [
      { meetingId: 'm1', date: '2024-05-16', periodStart: '2023-05-17' },
      { meetingId: 'm2', date: '2024-11-28', periodStart: '2024-05-17' },
    ];
    expect(roundOf(a('b', 'EU', '2024-05-16', 'LIMITED'), rounds)).toBe('m1');
    expect(roundOf(a('b', 'EU', '2024-05-17', 'LIMITED'), rounds)).toBe('m2');
    expect(roundOf(a('b', 'EU', '2024-07-01', 'LIMITED', 'm1'), rounds)).toBe('m1');
    expect(roundOf(a('b', 'EU', '2023-01-01', 'LIMITED'), rounds)).toBeNull();
    expect(roundOf(a('b', 'EU', '2025-01-01', 'LIMITED'), rounds)).toBeNull();
  });

  it('averages and medians each partner’s latest assessment per benchmark, round by round', () => {
    const cells = heatCells(
      new Map([
        [
          'm1',
          [
            a('b1', 'EU', '2024-01-01', 'LIMITED'),
            a('b1', 'EU', '2024-02-01', 'SUBSTANTIAL'),
            a('b1', 'CA', '2024-02-01', 'NO_PROGRESS'),
            a('b2', 'CA', '2024-03-01', 'REGRESSED'),
          ],
        ],
        ['m2', []],
      ]),
      ['m1', 'm2'],
    );
    expect(cells).toEqual([
      {
        meetingId: 'm1',
        count: 3,
        benchmarkCount: 2,
        average: 1.33,
        median: 1,
        medianStatus: 'NO_PROGRESS',
      },
    ]);
  });
});
