import { randomUUID } from 'node:crypto';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import {
  AlignedObjectiveEntity,
  BenchmarkAssessmentEntity,
  BenchmarkConflictEntity,
  BenchmarkEntity,
} from '../benchmark.entity';
import { detectConflicts, type DetectedConflict, type RuleScope } from './conflict-rules';

export interface ConflictChange {
  id: string;
  change: 'detected' | 'updated' | 'cleared' | 'reopened';
}

/** Effective assessments: those no later assessment corrects. */
export function effectiveOnly<T extends { id: string; supersedesId: string | null }>(
  rows: readonly T[],
): T[] {
  const corrected = new Set(rows.map((r) => r.supersedesId).filter((x): x is string => !!x));
  return rows.filter((r) => !corrected.has(r.id));
}

async function loadScope(manager: EntityManager, scopeKey: string): Promise<RuleScope> {
  const [type, id] = scopeKey.split(':');
  let objective: RuleScope['objective'] = null;
  let members: BenchmarkEntity[] = [];
  if (type === 'objective') {
    const found = await manager.findOne(AlignedObjectiveEntity, { where: { id } });
    if (found) {
      objective = { id: found.id, title: found.title };
      members = await manager.find(BenchmarkEntity, { where: { alignedObjectiveId: id } });
    }
  } else {
    const found = await manager.findOne(BenchmarkEntity, { where: { id } });
    // An aligned benchmark is covered by its objective's scope.
    if (found && !found.alignedObjectiveId) members = [found];
  }
  const assessments = members.length
    ? await manager.find(BenchmarkAssessmentEntity, {
        where: { benchmarkId: In(members.map((m) => m.id)) },
      })
    : [];
  return {
    scopeKey,
    objective,
    members: members.map((m) => ({
      id: m.id,
      holder: m.ownerPartner,
      kind: m.kind,
      targetDate: m.targetDate,
      active: !m.withdrawnAt,
      statement: m.statement,
    })),
    assessments: effectiveOnly(assessments).map((a) => ({
      id: a.id,
      benchmarkId: a.benchmarkId,
      partnerCode: a.partnerCode,
      date: a.date,
      status: a.status,
      recordedAt: a.recordedAt,
    })),
  };
}

const sideFields = (d: DetectedConflict) => ({
  sideABenchmarkId: d.sideA?.benchmarkId ?? null,
  sideAPartner: d.sideA?.partner ?? null,
  sideAAssessmentId: d.sideA?.assessmentId ?? null,
  sideBBenchmarkId: d.sideB?.benchmarkId ?? null,
  sideBPartner: d.sideB?.partner ?? null,
  sideBAssessmentId: d.sideB?.assessmentId ?? null,
});

const sameSides = (row: BenchmarkConflictEntity, d: DetectedConflict) =>
  Object.entries(sideFields(d)).every(([k, v]) => row[k as keyof BenchmarkConflictEntity] === v) &&
  row.message === d.message;

/**
 * Brings the stored flags of some scopes in line with the rules. How stored flags follow the
 * conditions (so that resolutions persist):
 * - a condition that holds and has no active flag gets a new OPEN flag (linked to the previous
 *   flag of the same condition, if there was one);
 * - an OPEN flag whose condition still holds follows its facts (dates, statuses, wording);
 * - a RESOLVED flag stays resolved while its condition holds on the same facts; when the facts
 *   change (a deadline moves, a newer assessment) the resolution no longer covers them: the flag
 *   is closed (cleared) and a new OPEN flag is created, linked to it;
 * - a flag whose condition no longer holds is cleared (CLEARED, or RESOLVED with a clearing
 *   date); if the condition comes back later, a new flag is created.
 * Runs inside the caller's transaction. At most one active flag per condition (unique activeKey).
 */
export async function recomputeConflicts(
  manager: EntityManager,
  scopeKeys: readonly string[],
  now: Date = new Date(),
): Promise<ConflictChange[]> {
  const changes: ConflictChange[] = [];
  for (const scopeKey of [...new Set(scopeKeys)]) {
    const scope = await loadScope(manager, scopeKey);
    const detected = detectConflicts(scope);
    const active = await manager.find(BenchmarkConflictEntity, {
      where: { scopeKey, activeKey: Not(IsNull()) },
    });
    const byKey = new Map(active.map((f) => [f.key, f]));
    const seen = new Set<string>();
    for (const d of detected) {
      seen.add(d.key);
      const flag = byKey.get(d.key);
      if (!flag) {
        const previous = await manager.findOne(BenchmarkConflictEntity, {
          where: { key: d.key },
          order: { detectedAt: 'DESC', id: 'DESC' },
        });
        const id = await insertFlag(manager, scopeKey, scope, d, now, previous?.id ?? null);
        changes.push({ id, change: previous ? 'reopened' : 'detected' });
        continue;
      }
      if (flag.resolvedAt && flag.resolvedFacts !== d.facts) {
        await manager.update(
          BenchmarkConflictEntity,
          { id: flag.id },
          { activeKey: null, clearedAt: now, updatedAt: now },
        );
        const id = await insertFlag(manager, scopeKey, scope, d, now, flag.id);
        changes.push({ id: flag.id, change: 'cleared' }, { id, change: 'reopened' });
        continue;
      }
      if (flag.facts !== d.facts || !sameSides(flag, d)) {
        await manager.update(
          BenchmarkConflictEntity,
          { id: flag.id },
          {
            facts: d.facts,
            message: d.message,
            period: d.period,
            ...sideFields(d),
            updatedAt: now,
          },
        );
        changes.push({ id: flag.id, change: 'updated' });
      }
    }
    for (const flag of active.filter((f) => !seen.has(f.key))) {
      await manager.update(
        BenchmarkConflictEntity,
        { id: flag.id },
        { activeKey: null, clearedAt: now, updatedAt: now },
      );
      changes.push({ id: flag.id, change: 'cleared' });
    }
  }
  return changes;
}

async function insertFlag(
  manager: EntityManager,
  scopeKey: string,
  scope: RuleScope,
  d: DetectedConflict,
  now: Date,
  previousId: string | null,
): Promise<string> {
  const id = randomUUID();
  await manager.insert(BenchmarkConflictEntity, {
    id,
    kind: d.kind,
    scopeKey,
    key: d.key,
    activeKey: d.key,
    facts: d.facts,
    alignedObjectiveId: scope.objective?.id ?? null,
    ...sideFields(d),
    period: d.period,
    message: d.message,
    previousId,
    detectedAt: now,
    updatedAt: now,
    clearedAt: null,
    resolvedAt: null,
    resolvedById: null,
    resolutionNote: null,
    resolvedFacts: null,
  });
  return id;
}
