import { concernsBenchmark, parseBenchmarksChange } from '../live';

describe('benchmarks:changed pushes', () => {
  it('keep type, id, benchmark and author; drop anything malformed', () => {
    expect(
      parseBenchmarksChange({ type: 'assessment', id: 'a1', benchmarkId: 'b1', by: ' Eleanor ' }),
    ).toEqual({
      type: 'assessment',
      id: 'a1',
      benchmarkId: 'b1',
      by: 'Eleanor',
    });
    expect(parseBenchmarksChange({ type: 'benchmark' })).toBeNull();
    expect(parseBenchmarksChange('x')).toBeNull();
  });

  it('concern a benchmark page for the benchmark itself and its assessments and flags', () => {
    expect(concernsBenchmark({ type: 'benchmark', id: 'b1' }, 'b1')).toBe(true);
    expect(concernsBenchmark({ type: 'assessment', id: 'a1', benchmarkId: 'b1' }, 'b1')).toBe(true);
    expect(concernsBenchmark({ type: 'assessment', id: 'a2', benchmarkId: 'b2' }, 'b1')).toBe(
      false,
    );
  });
});
