import { BENCHMARK_CSV_COLUMNS, TREND_DIRECTIONS, type AssessmentStatus } from '@berne/domain';
import en from '../../../i18n/en.json';
import fr from '../../../i18n/fr.json';
import {
  NOT_ASSESSED_BACKGROUND,
  STATUS_BACKGROUNDS,
  SCORE_TICKS,
  badRowCount,
  chartRows,
  deadlineKey,
  heatCellLabel,
  importOutcome,
  sortedImportErrors,
  statusLabelKey,
  statusOfTick,
  trendIcon,
  trendLabelKey,
} from '../display';

const statusName = (status: AssessmentStatus) => en.benchmarks.statuses[status];

describe('heat-map cells', () => {
  it('say the median status in words and the average score, on the status colour', () => {
    expect(
      heatCellLabel({ medianStatus: 'LIMITED', average: 2.25, count: 5 }, statusName, 'en'),
    ).toEqual({ short: 'Limited progress', score: '2.3', background: STATUS_BACKGROUNDS.LIMITED });
  });

  it('write the score the French way in French', () => {
    const frName = (status: AssessmentStatus) => fr.benchmarks.statuses[status];
    expect(
      heatCellLabel({ medianStatus: 'ACHIEVED', average: 3.75, count: 2 }, frName, 'fr'),
    ).toEqual({
      short: 'Atteint',
      score: '3,8',
      background: STATUS_BACKGROUNDS.ACHIEVED,
    });
  });

  it('show a dash on grey when the round has no assessment', () => {
    expect(heatCellLabel(undefined, statusName, 'en')).toEqual({
      short: '—',
      score: null,
      background: NOT_ASSESSED_BACKGROUND,
    });
    expect(
      heatCellLabel({ medianStatus: 'LIMITED', average: 0, count: 0 }, statusName, 'en').short,
    ).toBe('—');
  });

  it('give every status a distinct colour', () => {
    expect(new Set(Object.values(STATUS_BACKGROUNDS)).size).toBe(5);
  });
});

describe('trend labels', () => {
  it('name every direction in both languages with an arrow beside it', () => {
    for (const direction of TREND_DIRECTIONS) {
      const key = trendLabelKey(direction).split('.')[2] as keyof typeof en.benchmarks.trends;
      expect(en.benchmarks.trends[key]).toBeTruthy();
      expect(fr.benchmarks.trends[key]).toBeTruthy();
    }
    expect(TREND_DIRECTIONS.map(trendIcon)).toEqual(['↗', '→', '↘', '·']);
    expect(en.benchmarks.trends.INSUFFICIENT_DATA).toBe('Not enough data');
  });

  it('label the chart axis 0–4 with the status names, worst first', () => {
    expect(SCORE_TICKS).toEqual([0, 1, 2, 3, 4]);
    expect(SCORE_TICKS.map((n) => statusOfTick(n))).toEqual([
      'REGRESSED',
      'NO_PROGRESS',
      'LIMITED',
      'SUBSTANTIAL',
      'ACHIEVED',
    ]);
    expect(statusOfTick(2.5)).toBeNull();
    expect(statusLabelKey(null)).toBe('benchmarks.statuses.none');
  });

  it('say deadlines ahead, today and late', () => {
    expect(deadlineKey(12)).toBe('benchmarks.deadline.inDays');
    expect(deadlineKey(0)).toBe('benchmarks.deadline.today');
    expect(deadlineKey(-3)).toBe('benchmarks.deadline.late');
  });
});

describe('trend chart data', () => {
  it('puts one row per date with each partner that assessed that day', () => {
    const rows = chartRows([
      {
        partnerCode: 'EU',
        points: [
          { date: '2024-06-01', score: 1, status: 'NO_PROGRESS' },
          { date: '2025-06-01', score: 2, status: 'LIMITED' },
        ],
      },
      { partnerCode: 'CA', points: [{ date: '2024-06-01', score: 3, status: 'SUBSTANTIAL' }] },
    ]);
    expect(rows).toEqual([
      { date: '2024-06-01', EU: 1, CA: 3 },
      { date: '2025-06-01', EU: 2 },
    ]);
  });
});

describe('CSV import report', () => {
  const errors = [
    { row: 4, column: 'target_date', message: 'Use YYYY-MM-DD.' },
    { row: 2, column: 'holder', message: 'Unknown partner “XX”.' },
    { row: 4, column: 'kind', message: 'Unknown kind.' },
  ];

  it('lists problems in file order: row, then column as the file lays them out', () => {
    expect(
      sortedImportErrors(errors, BENCHMARK_CSV_COLUMNS).map((e) => `${e.row}:${e.column}`),
    ).toEqual(['2:holder', '4:kind', '4:target_date']);
  });

  it('counts bad rows, not problems', () => {
    expect(badRowCount(errors)).toBe(2);
    expect(badRowCount([])).toBe(0);
  });

  it('offers the import only after a clean dry run', () => {
    expect(importOutcome({ ok: false, dryRun: true, rows: 3, errors })).toBe('invalid');
    expect(importOutcome({ ok: true, dryRun: true, rows: 3, errors: [] })).toBe('ready');
    expect(importOutcome({ ok: true, dryRun: false, rows: 3, errors: [] })).toBe('imported');
  });
});
