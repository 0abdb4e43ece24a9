import {
  EMPTY_BENCHMARK_FORM,
  benchmarkFormProblems,
  benchmarkInput,
  indicatorLines,
} from '../benchmark-form';

describe('benchmark form', () => {
  it('needs a statement and a well-formed date and UPR cycle', () => {
    expect(benchmarkFormProblems(EMPTY_BENCHMARK_FORM)).toEqual(['statement']);
    expect(
      benchmarkFormProblems({
        ...EMPTY_BENCHMARK_FORM,
        statement: 'x',
        targetDate: '1/2/2027',
        uprCycle: 'four',
      }),
    ).toEqual(['targetDate', 'uprCycle']);
  });

  it('sends trimmed values, indicators one per line, and leaves empty choices out', () => {
    expect(indicatorLines(' a \n\n b\n')).toEqual(['a', 'b']);
    const input = benchmarkInput({
      ...EMPTY_BENCHMARK_FORM,
      statement: '  Release all detained lawyers ',
      targetDate: '2027-06-30',
      uprCycle: '4',
      unInstrument: 'ICCPR',
    });
    expect(input).toMatchObject({
      statement: 'Release all detained lawyers',
      targetDate: '2027-06-30',
      uprCycle: 4,
      unInstrument: 'ICCPR',
      holder: undefined,
      unMechanism: undefined,
      alignedObjectiveId: undefined,
      indicators: [],
    });
  });
});
