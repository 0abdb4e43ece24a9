import type { BenchmarkKind, Classification, PartnerCode } from '@berne/domain';
import type { CreateBenchmarkInput, UnInstrument, UnMechanism } from '../../generated/graphql';

/** The benchmark form's fields as typed (strings, one indicator per line). */
export interface BenchmarkFormValues {
  statement: string;
  description: string;
  kind: BenchmarkKind;
  holder: PartnerCode | '';
  themeCodes: string[];
  unInstrument: UnInstrument | '';
  unArticle: string;
  unMechanism: UnMechanism | '';
  uprCycle: string;
  targetDate: string;
  indicators: string;
  classification: Classification;
  alignedObjectiveId: string;
}

export const EMPTY_BENCHMARK_FORM: BenchmarkFormValues = {
  statement: '',
  description: '',
  kind: 'OBJECTIVE',
  holder: '',
  themeCodes: [],
  unInstrument: '',
  unArticle: '',
  unMechanism: '',
  uprCycle: '',
  targetDate: '',
  indicators: '',
  classification: 'PARTNERS',
  alignedObjectiveId: '',
};

export type BenchmarkFormProblem = 'statement' | 'targetDate' | 'uprCycle';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields that stop the form, before the API is asked. */
export function benchmarkFormProblems(values: BenchmarkFormValues): BenchmarkFormProblem[] {
  const problems: BenchmarkFormProblem[] = [];
  if (!values.statement.trim()) problems.push('statement');
  if (values.targetDate.trim() && !DATE.test(values.targetDate.trim())) problems.push('targetDate');
  if (values.uprCycle.trim() && !/^\d{1,2}$/.test(values.uprCycle.trim()))
    problems.push('uprCycle');
  return problems;
}

export function indicatorLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The create input (the update input takes the same fields but the holder and objective). */
export function benchmarkInput(values: BenchmarkFormValues): CreateBenchmarkInput {
  return {
    statement: values.statement.trim(),
    description: values.description.trim(),
    kind: values.kind,
    holder: values.holder || undefined,
    themeCodes: values.themeCodes,
    unInstrument: values.unInstrument || undefined,
    unArticle: values.unArticle.trim() || undefined,
    unMechanism: values.unMechanism || undefined,
    uprCycle: values.uprCycle.trim() ? Number(values.uprCycle.trim()) : undefined,
    targetDate: values.targetDate.trim() || undefined,
    indicators: indicatorLines(values.indicators),
    classification: values.classification,
    alignedObjectiveId: values.alignedObjectiveId || undefined,
  };
}
