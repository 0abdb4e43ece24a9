import type { Classification, PartnerCode } from '@berne/domain';
import type { ResourceRef } from '../../access/access.policy';
import { isStaff, type Principal } from '../../access/principal';
import type { BenchmarkEntity } from './benchmark.entity';

/** The resource type of benchmarks in the policy, in resource_readers and in the audit log. */
export const BENCHMARK = 'benchmark';
export const BENCHMARK_ASSESSMENT = 'benchmark-assessment';
export const ALIGNED_OBJECTIVE = 'aligned-objective';
export const BENCHMARK_CONFLICT = 'benchmark-conflict';

/**
 * A benchmark as a resource of the access policy: read by its classification, owned by its
 * holding partner, RESTRICTED ones also by their named readers. Assessments and conflict flags are
 * read through the benchmarks they belong to.
 */
export const benchmarkResource = (
  b: Pick<BenchmarkEntity, 'id' | 'classification' | 'ownerPartner'>,
  namedReaders: readonly string[] = [],
): ResourceRef => ({
  type: BENCHMARK,
  id: b.id,
  classification: b.classification,
  ownerPartner: b.ownerPartner,
  namedReaders,
});

/** The read scope's columns on `benchmarks`. */
export const BENCHMARK_SCOPE = {
  resourceType: BENCHMARK,
  idColumn: 'id',
  classificationColumn: 'classification',
  ownerColumn: 'ownerPartner',
} as const;

/** Aligned objectives are coordination records that every partner's staff read. */
export const ALIGNED_OBJECTIVE_CLASSIFICATION: Classification = 'PARTNERS';

/** The Berne Process member a member of staff belongs to (not the secretariat). */
export const memberPartnerOf = (p: Principal): PartnerCode | null =>
  isStaff(p) && p.partnerCode && p.partnerCode !== 'SECRETARIAT' ? p.partnerCode : null;

/**
 * Who changes a benchmark they may read: the holding partner's staff and the secretariat. (The
 * policy's own write rule applies on top: a diplomat does not change a PUBLIC record.)
 */
export const isBenchmarkEditor = (p: Principal, b: Pick<BenchmarkEntity, 'ownerPartner'>) =>
  p.kind === 'SECRETARIAT' || (!!memberPartnerOf(p) && memberPartnerOf(p) === b.ownerPartner);
