import { registerEnumType } from '@nestjs/graphql';
import {
  ASSESSMENT_STATUSES,
  BENCHMARK_CONFLICT_KINDS,
  BENCHMARK_CONFLICT_STATUSES,
  BENCHMARK_KINDS,
  TREND_DIRECTIONS,
  UN_INSTRUMENTS,
  UN_MECHANISMS,
} from '@berne/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const UN_INSTRUMENT_CODES = UN_INSTRUMENTS.map((u) => u.code);
export const UN_MECHANISM_CODES = UN_MECHANISMS.map((m) => m.code);

export const BenchmarkKindEnum = asEnum(BENCHMARK_KINDS);
export const AssessmentStatusEnum = asEnum(ASSESSMENT_STATUSES);
export const TrendDirectionEnum = asEnum(TREND_DIRECTIONS);
export const BenchmarkConflictKindEnum = asEnum(BENCHMARK_CONFLICT_KINDS);
export const BenchmarkConflictStatusEnum = asEnum(BENCHMARK_CONFLICT_STATUSES);
export const UnInstrumentEnum = asEnum(UN_INSTRUMENT_CODES);
export const UnMechanismEnum = asEnum(UN_MECHANISM_CODES);

registerEnumType(BenchmarkKindEnum, {
  name: 'BenchmarkKind',
  description:
    'An objective of the dialogue, a precondition for it, or a criterion for suspending it.',
});
registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: 'The fixed assessment scale, worst first (scores 0 to 4).',
});
registerEnumType(TrendDirectionEnum, {
  name: 'TrendDirection',
  description: 'From the least-squares slope over the last points (±0.25 steps per point).',
});
registerEnumType(BenchmarkConflictKindEnum, { name: 'BenchmarkConflictKind' });
registerEnumType(BenchmarkConflictStatusEnum, {
  name: 'BenchmarkConflictStatus',
  description:
    'OPEN: holds, unresolved; RESOLVED: explained with a note; CLEARED: no longer holds.',
});
registerEnumType(UnInstrumentEnum, { name: 'UnInstrument' });
registerEnumType(UnMechanismEnum, {
  name: 'UnMechanism',
  description: 'A UN treaty body or special procedure.',
});
