import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { DataSource, In, IsNull, type Repository } from 'typeorm';
import {
  BENCHMARK_CSV_COLUMNS,
  BENCHMARK_KINDS,
  CLASSIFICATIONS,
  isPartnerCode,
  type BenchmarkCsvColumn,
  type BenchmarkKind,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import { decide } from '../../../access/access.policy';
import { AccessService } from '../../../access/access.service';
import type { Principal } from '../../../access/principal';
import { ResourceReaderEntity } from '../../../access/resource-reader.entity';
import { AuditService } from '../../../audit/audit.service';
import { AppError } from '../../../common/app-error';
import { ThemeEntity } from '../../themes/theme.entity';
import {
  checkDate,
  checkUprCycle,
  cleanArticle,
  cleanIndicators,
  cleanLongText,
  cleanObjectiveTitle,
  cleanStatement,
} from '../benchmark-fields';
import { BenchmarkReader } from '../benchmark-reader';
import {
  AlignedObjectiveEntity,
  BenchmarkEntity,
  BenchmarkIndicatorEntity,
  BenchmarkThemeEntity,
} from '../benchmark.entity';
import { UN_INSTRUMENT_CODES, UN_MECHANISM_CODES } from '../benchmark.enums';
import type { BenchmarkImportErrorModel, BenchmarkImportReportModel } from '../benchmark.model';
import { BenchmarkErrors, BenchmarkMessages } from '../benchmarks.errors';
import { CSV_MAX_BYTES } from '../benchmarks.inputs';
import {
  BENCHMARK,
  benchmarkResource,
  isBenchmarkEditor,
  memberPartnerOf,
} from '../benchmarks.policy';
import { BenchmarksService, scopeOf, type CleanBenchmarkFields } from '../benchmarks.service';
import { BenchmarkConflictsService } from '../conflicts/benchmark-conflicts.service';
import { objectiveScope } from '../conflicts/conflict-rules';

/** Data rows one import takes at most. */
export const CSV_MAX_ROWS = 2000;
const EXPORT_LIMIT = 5000;
const REQUIRED: readonly BenchmarkCsvColumn[] = ['kind', 'statement', 'holder'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Spreadsheets run cells starting with these as formulas: exported with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

const protect = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);
const unprotect = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const codeOf = (text: string) =>
  text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

type Cells = Partial<Record<BenchmarkCsvColumn, string>>;

interface PlannedRow {
  row: number;
  existing: BenchmarkEntity | null;
  id: string;
  holder: PartnerCode;
  classification: Classification;
  fields: CleanBenchmarkFields;
  /** Aligned objective: an existing id, a title to create, or none. */
  objective: { id: string } | { title: string } | null;
  changed: boolean;
}

/**
 * CSV export and import of benchmarks (one row per benchmark, its holder in a column). The import
 * checks every row and reports each problem by row and column; it imports nothing until the whole
 * file is clean, then imports it in one transaction. Rows with an id update that benchmark (if the
 * caller may change it; unchanged rows are accepted as they are), rows without one create one.
 */
@Injectable()
export class BenchmarkCsvService {
  constructor(
    @InjectRepository(BenchmarkEntity) private readonly benchmarks: Repository<BenchmarkEntity>,
    @InjectRepository(AlignedObjectiveEntity)
    private readonly objectives: Repository<AlignedObjectiveEntity>,
    @InjectRepository(BenchmarkThemeEntity)
    private readonly benchmarkThemes: Repository<BenchmarkThemeEntity>,
    @InjectRepository(BenchmarkIndicatorEntity)
    private readonly indicators: Repository<BenchmarkIndicatorEntity>,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly reader: BenchmarkReader,
    private readonly service: BenchmarksService,
    private readonly conflicts: BenchmarkConflictsService,
  ) {}

  // ---- export ------------------------------------------------------------------------------

  /** Every benchmark the principal may read (withdrawn ones too), with its holder, as CSV. */
  async export(
    principal: Principal,
    kinds: readonly BenchmarkKind[] | undefined,
    ip: string | null,
  ): Promise<string> {
    this.reader.requireStaff(principal);
    const qb = this.reader.scoped(principal);
    if (kinds?.length) qb.andWhere('b.kind IN (:...kinds)', { kinds });
    const rows = await qb
      .orderBy('b.kind', 'ASC')
      .addOrderBy('b.ownerPartner', 'ASC')
      .addOrderBy('b.statement', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .limit(EXPORT_LIMIT)
      .getMany();
    const ids = rows.map((r) => r.id);
    const objectiveIds = [
      ...new Set(rows.map((r) => r.alignedObjectiveId).filter((x): x is string => !!x)),
    ];
    const [themes, indicators, objectives, named] = await Promise.all([
      ids.length ? this.benchmarkThemes.find({ where: { benchmarkId: In(ids) } }) : [],
      ids.length
        ? this.indicators.find({ where: { benchmarkId: In(ids) }, order: { position: 'ASC' } })
        : [],
      objectiveIds.length ? this.objectives.find({ where: { id: In(objectiveIds) } }) : [],
      this.reader.namedReadersOf(
        rows.filter((r) => r.classification === 'RESTRICTED').map((r) => r.id),
      ),
    ]);
    // Exporting restricted records is audited, one line per record, like reading them.
    for (const r of rows.filter((x) => x.classification === 'RESTRICTED')) {
      await this.access.require(
        principal,
        'export',
        benchmarkResource(r, named.get(r.id) ?? []),
        ip,
      );
    }
    await this.audit.record({
      action: 'benchmark.exported',
      actor: principal,
      resourceType: BENCHMARK,
      ip,
      details: { count: rows.length, kinds: kinds ?? 'all' },
    });
    const lines = rows.map((b) => {
      const cells: Record<BenchmarkCsvColumn, string> = {
        id: b.id,
        kind: b.kind,
        statement: b.statement,
        description: b.description,
        holder: b.ownerPartner,
        target_date: b.targetDate ?? '',
        themes: themes
          .filter((t) => t.benchmarkId === b.id)
          .map((t) => t.themeCode)
          .sort()
          .join(';'),
        un_instrument: b.unInstrument ?? '',
        un_article: b.unArticle ?? '',
        un_mechanism: b.unMechanism ?? '',
        upr_cycle: b.uprCycle ? String(b.uprCycle) : '',
        classification: b.classification,
        aligned_objective: objectives.find((o) => o.id === b.alignedObjectiveId)?.title ?? '',
        indicators: indicators
          .filter((i) => i.benchmarkId === b.id)
          .map((i) => i.text)
          .join('\n'),
        withdrawn_on: b.withdrawnAt ? b.withdrawnAt.toISOString().slice(0, 10) : '',
      };
      return BENCHMARK_CSV_COLUMNS.map((c) => protect(cells[c]));
    });
    return stringify([[...BENCHMARK_CSV_COLUMNS], ...lines], { record_delimiter: '\r\n' });
  }

  // ---- import ------------------------------------------------------------------------------

  async import(
    principal: Principal,
    csv: string,
    dryRun: boolean,
    ip: string | null,
  ): Promise<BenchmarkImportReportModel> {
    this.reader.requireStaff(principal);
    if (Buffer.byteLength(csv, 'utf8') > CSV_MAX_BYTES)
      throw BenchmarkErrors.csvTooLarge(CSV_MAX_BYTES);
    const report: BenchmarkImportReportModel = {
      ok: false,
      dryRun,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      objectivesCreated: [],
      errors: [],
    };
    const errors = report.errors;

    let records: string[][];
    try {
      records = parse(csv.replace(/^\uFEFF/, ''), {
        relax_column_count: true,
        skip_empty_lines: false,
      }) as string[][];
    } catch (error) {
      const lines = (error as { lines?: number }).lines;
      errors.push({
        row: typeof lines === 'number' ? lines : 1,
        column: '(file)',
        message: `This is not valid CSV: ${(error as Error).message.replace(/^Invalid \w+ /, '')}`,
      });
      return report;
    }
    if (records.length === 0 || records[0].every((c) => !c.trim())) {
      errors.push({
        row: 1,
        column: '(file)',
        message: `The file is empty: the first row names the columns (${BENCHMARK_CSV_COLUMNS.join(', ')}).`,
      });
      return report;
    }

    // The header row.
    const header = records[0].map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
    const columns: (BenchmarkCsvColumn | null)[] = header.map((h) =>
      (BENCHMARK_CSV_COLUMNS as readonly string[]).includes(h) ? (h as BenchmarkCsvColumn) : null,
    );
    header.forEach((h, i) => {
      if (!h) return;
      if (!columns[i]) {
        errors.push({
          row: 1,
          column: h,
          message: `Unknown column “${h}”: the columns are ${BENCHMARK_CSV_COLUMNS.join(', ')}.`,
        });
      } else if (header.indexOf(h) !== i) {
        errors.push({ row: 1, column: h, message: `The column “${h}” appears twice.` });
      }
    });
    for (const required of REQUIRED) {
      if (!columns.includes(required)) {
        errors.push({ row: 1, column: required, message: `The column “${required}” is missing.` });
      }
    }
    if (errors.length) return report;
    const present = new Set(columns.filter((c): c is BenchmarkCsvColumn => !!c));

    const dataRows = records
      .slice(1)
      .map((cells, i) => ({ row: i + 2, cells }))
      .filter(({ cells }) => cells.some((c) => c.trim()));
    report.rows = dataRows.length;
    if (dataRows.length > CSV_MAX_ROWS) {
      errors.push({
        row: dataRows[CSV_MAX_ROWS].row,
        column: '(file)',
        message: `An import takes at most ${CSV_MAX_ROWS} rows: split the file.`,
      });
      return report;
    }

    // What the rows refer to, loaded once.
    const ids = dataRows
      .map(({ cells }) => cells[columns.indexOf('id')]?.trim() ?? '')
      .filter((id) => UUID.test(id));
    const [readable, objectives, knownThemes] = await Promise.all([
      ids.length
        ? this.reader.scoped(principal).andWhere('b.id IN (:...ids)', { ids }).getMany()
        : [],
      this.objectives.find(),
      this.themes.find({ select: { code: true } }),
    ]);
    const named = await this.reader.namedReadersOf(readable.map((b) => b.id));
    const [existingThemes, existingIndicators] = await Promise.all([
      readable.length
        ? this.benchmarkThemes.find({ where: { benchmarkId: In(readable.map((b) => b.id)) } })
        : [],
      readable.length
        ? this.indicators.find({
            where: { benchmarkId: In(readable.map((b) => b.id)) },
            order: { position: 'ASC' },
          })
        : [],
    ]);
    const themeCodes = new Set(knownThemes.map((t) => t.code));

    const planned: PlannedRow[] = [];
    const seenIds = new Map<string, number>();
    for (const { row, cells: raw } of dataRows) {
      const cells: Cells = {};
      columns.forEach((c, i) => {
        if (c) cells[c] = unprotect((raw[i] ?? '').trim());
      });
      const rowErrors: BenchmarkImportErrorModel[] = [];
      const fail = (column: string, message: string) => rowErrors.push({ row, column, message });
      const attempt = <T>(column: BenchmarkCsvColumn, run: () => T): T | undefined => {
        try {
          return run();
        } catch (error) {
          if (error instanceof AppError) fail(column, error.message);
          else throw error;
          return undefined;
        }
      };
      if (raw.length > header.length && raw.slice(header.length).some((c) => c.trim())) {
        fail(
          '(row)',
          `This row has ${raw.length} cells; the header names ${header.length} columns.`,
        );
      }

      // Which benchmark: a new one, or one the caller may read.
      let existing: BenchmarkEntity | null = null;
      const id = cells.id ?? '';
      if (id) {
        existing = UUID.test(id) ? (readable.find((b) => b.id === id.toLowerCase()) ?? null) : null;
        if (!existing) fail('id', BenchmarkMessages.unknownId);
        else if (seenIds.has(existing.id)) {
          fail('id', `Row ${seenIds.get(existing.id)} already changes this benchmark.`);
        } else seenIds.set(existing.id, row);
      }

      const fields: CleanBenchmarkFields = {};
      // kind
      if (present.has('kind')) {
        const kind = codeOf(cells.kind ?? '');
        if (!kind) fail('kind', BenchmarkMessages.kindRequired);
        else if (!(BENCHMARK_KINDS as readonly string[]).includes(kind)) {
          fail('kind', BenchmarkMessages.unknownKind(cells.kind ?? ''));
        } else fields.kind = kind as BenchmarkKind;
      }
      fields.statement = attempt('statement', () => cleanStatement(cells.statement ?? ''));
      if (present.has('description')) {
        fields.description = attempt('description', () => cleanLongText(cells.description));
      }
      // holder
      let holder: PartnerCode | undefined;
      const holderText = codeOf(cells.holder ?? '');
      if (!holderText) fail('holder', BenchmarkMessages.holderRequired);
      else if (!isPartnerCode(holderText))
        fail('holder', BenchmarkMessages.unknownPartner(cells.holder ?? ''));
      else if (holderText === 'SECRETARIAT') fail('holder', BenchmarkMessages.secretariatHolds);
      else if (existing && existing.ownerPartner !== holderText)
        fail('holder', BenchmarkMessages.holderChanged);
      else if (
        !existing &&
        principal.kind !== 'SECRETARIAT' &&
        holderText !== memberPartnerOf(principal)
      ) {
        fail(
          'holder',
          BenchmarkMessages.holderNotYours(memberPartnerOf(principal) ?? 'your partner'),
        );
      } else holder = holderText;
      // target_date
      if (present.has('target_date')) {
        fields.targetDate = cells.target_date
          ? attempt('target_date', () => checkDate(cells.target_date!, 'targetDate'))
          : null;
      }
      // themes
      if (present.has('themes')) {
        const codes = [
          ...new Set(
            (cells.themes ?? '')
              .split(/[;,]/)
              .map((t) => codeOf(t))
              .filter(Boolean),
          ),
        ];
        const unknown = codes.filter((c) => !themeCodes.has(c));
        for (const code of unknown) fail('themes', BenchmarkMessages.unknownTheme(code));
        if (!unknown.length) fields.themeCodes = codes.sort();
      }
      // UN reference
      if (present.has('un_instrument')) {
        const code = codeOf(cells.un_instrument ?? '');
        if (code && !(UN_INSTRUMENT_CODES as readonly string[]).includes(code)) {
          fail('un_instrument', BenchmarkMessages.unknownInstrument(cells.un_instrument ?? ''));
        } else fields.unInstrument = code || null;
      }
      if (present.has('un_article')) {
        fields.unArticle = attempt('un_article', () => cleanArticle(cells.un_article));
      }
      if (present.has('un_mechanism')) {
        const code = codeOf(cells.un_mechanism ?? '');
        if (code && !(UN_MECHANISM_CODES as readonly string[]).includes(code)) {
          fail('un_mechanism', BenchmarkMessages.unknownMechanism(cells.un_mechanism ?? ''));
        } else fields.unMechanism = code || null;
      }
      if (present.has('upr_cycle')) {
        const text = cells.upr_cycle ?? '';
        if (!text) fields.uprCycle = null;
        else if (!/^\d{1,2}$/.test(text)) fail('upr_cycle', BenchmarkMessages.badUprCycle(text));
        else fields.uprCycle = attempt('upr_cycle', () => checkUprCycle(Number(text)));
      }
      const instrument =
        fields.unInstrument !== undefined ? fields.unInstrument : (existing?.unInstrument ?? null);
      const article =
        fields.unArticle !== undefined ? fields.unArticle : (existing?.unArticle ?? null);
      if (article && !instrument && !rowErrors.some((e) => e.column === 'un_instrument')) {
        fail('un_article', BenchmarkMessages.articleWithoutInstrument);
      }
      if (present.has('indicators')) {
        fields.indicators = attempt('indicators', () =>
          cleanIndicators((cells.indicators ?? '').split(/\r?\n/)),
        );
      }
      // classification
      let classification: Classification = existing?.classification ?? 'PARTNERS';
      if (present.has('classification') && cells.classification) {
        const code = codeOf(cells.classification);
        if (!(CLASSIFICATIONS as readonly string[]).includes(code)) {
          fail('classification', BenchmarkMessages.unknownClassification(cells.classification));
        } else classification = code as Classification;
      }
      // aligned objective
      let objective: PlannedRow['objective'] = existing?.alignedObjectiveId
        ? { id: existing.alignedObjectiveId }
        : null;
      if (present.has('aligned_objective')) {
        if (!cells.aligned_objective) objective = null;
        else {
          const title = attempt('aligned_objective', () =>
            cleanObjectiveTitle(cells.aligned_objective!),
          );
          if (title) {
            const found = objectives.find((o) => o.title.toLowerCase() === title.toLowerCase());
            objective = found ? { id: found.id } : { title };
          }
        }
      }
      if (!existing && !fields.kind && !rowErrors.some((e) => e.column === 'kind')) {
        fail('kind', BenchmarkMessages.kindRequired);
      }

      if (rowErrors.length === 0 && holder) {
        const plan: PlannedRow = {
          row,
          existing,
          id: existing?.id ?? randomUUID(),
          holder,
          classification,
          fields,
          objective,
          changed: true,
        };
        if (existing) {
          plan.changed = this.differs(plan, existing, existingThemes, existingIndicators);
          if (plan.changed) {
            const resource = benchmarkResource(existing, named.get(existing.id) ?? []);
            if (
              !isBenchmarkEditor(principal, existing) ||
              !decide(principal, 'update', resource).allowed
            ) {
              fail('id', BenchmarkMessages.notEditor(existing.ownerPartner));
            } else if (existing.withdrawnAt) {
              fail(
                'id',
                'This benchmark is withdrawn: reinstate it in the portal before changing it.',
              );
            } else if (classification !== existing.classification) {
              const after = benchmarkResource({ ...existing, classification }, []);
              if (
                !decide(principal, 'share', resource).allowed ||
                !decide(principal, 'update', after).allowed
              ) {
                fail('classification', BenchmarkMessages.classificationNotYours(classification));
              }
            }
          }
        } else {
          const resource = benchmarkResource({ id: plan.id, classification, ownerPartner: holder });
          if (!decide(principal, 'create', resource).allowed) {
            fail('classification', BenchmarkMessages.classificationNotYours(classification));
          }
        }
        if (rowErrors.length === 0) planned.push(plan);
      }
      errors.push(...rowErrors);
    }

    // A partner holds an aligned objective once (active benchmarks), across the file and the portal.
    await this.checkHolding(planned, objectives, errors);

    errors.sort((a, b) => a.row - b.row);
    const changed = planned.filter((p) => p.changed);
    report.objectivesCreated = [
      ...new Set(
        changed.flatMap((p) => (p.objective && 'title' in p.objective ? [p.objective.title] : [])),
      ),
    ];
    if (errors.length) {
      report.objectivesCreated = [];
      return report;
    }
    report.created = changed.filter((p) => !p.existing).length;
    report.updated = changed.filter((p) => p.existing).length;
    report.unchanged = planned.length - changed.length;
    report.ok = true;
    if (dryRun || changed.length === 0) return report;

    await this.apply(principal, changed, report.objectivesCreated);
    await this.audit.record({
      action: 'benchmark.imported',
      actor: principal,
      resourceType: BENCHMARK,
      ip,
      details: {
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        objectivesCreated: report.objectivesCreated.length,
      },
    });
    return report;
  }

  private differs(
    plan: PlannedRow,
    b: BenchmarkEntity,
    themes: readonly BenchmarkThemeEntity[],
    indicators: readonly BenchmarkIndicatorEntity[],
  ): boolean {
    const f = plan.fields;
    const same = <T>(next: T | undefined, now: T) => next === undefined || next === now;
    const themeNow = themes
      .filter((t) => t.benchmarkId === b.id)
      .map((t) => t.themeCode)
      .sort()
      .join(';');
    const indicatorNow = indicators
      .filter((i) => i.benchmarkId === b.id)
      .map((i) => i.text)
      .join('\n');
    const objectiveNext = plan.objective ? ('id' in plan.objective ? plan.objective.id : '') : null;
    return !(
      same(f.statement, b.statement) &&
      same(f.description, b.description) &&
      same(f.kind, b.kind) &&
      same(f.targetDate, b.targetDate) &&
      same(f.unInstrument, b.unInstrument) &&
      same(f.unArticle, b.unArticle) &&
      same(f.unMechanism, b.unMechanism) &&
      same(f.uprCycle, b.uprCycle) &&
      same(f.themeCodes?.join(';'), themeNow) &&
      same(f.indicators?.join('\n'), indicatorNow) &&
      plan.classification === b.classification &&
      objectiveNext === (b.alignedObjectiveId ?? null)
    );
  }

  private async checkHolding(
    planned: readonly PlannedRow[],
    objectives: readonly AlignedObjectiveEntity[],
    errors: BenchmarkImportErrorModel[],
  ): Promise<void> {
    const objectiveKey = (p: PlannedRow) =>
      p.objective
        ? 'id' in p.objective
          ? p.objective.id
          : `new:${p.objective.title.toLowerCase()}`
        : null;
    const joining = planned.filter((p) => objectiveKey(p) && !p.existing?.withdrawnAt);
    const existingIds = [
      ...new Set(
        joining.flatMap((p) => (p.objective && 'id' in p.objective ? [p.objective.id] : [])),
      ),
    ];
    // Members elsewhere in the portal (any reader's), minus the rows of this file that move.
    const current = existingIds.length
      ? await this.benchmarks.find({
          where: { alignedObjectiveId: In(existingIds), withdrawnAt: IsNull() },
          select: { id: true, ownerPartner: true, alignedObjectiveId: true },
        })
      : [];
    const inFile = new Set(planned.map((p) => p.id));
    const holders = new Map<string, Map<PartnerCode, number | null>>();
    for (const b of current.filter((c) => !inFile.has(c.id))) {
      const key = b.alignedObjectiveId!;
      holders.set(key, (holders.get(key) ?? new Map()).set(b.ownerPartner, null));
    }
    for (const p of joining) {
      const key = objectiveKey(p)!;
      const map = holders.get(key) ?? new Map<PartnerCode, number | null>();
      if (map.has(p.holder)) {
        const title =
          p.objective && 'title' in p.objective
            ? p.objective.title
            : (objectives.find((o) => o.id === key)?.title ?? '');
        errors.push({
          row: p.row,
          column: 'aligned_objective',
          message: BenchmarkMessages.alreadyHolds(p.holder, title),
        });
      } else map.set(p.holder, p.row);
      holders.set(key, map);
    }
  }

  private async apply(
    principal: Principal,
    rows: readonly PlannedRow[],
    newTitles: readonly string[],
  ): Promise<void> {
    const now = new Date();
    const created = new Map(newTitles.map((t) => [t.toLowerCase(), randomUUID()]));
    const objectiveIdOf = (p: PlannedRow) =>
      p.objective
        ? 'id' in p.objective
          ? p.objective.id
          : created.get(p.objective.title.toLowerCase())!
        : null;
    const scopes = new Set<string>();
    await this.dataSource.transaction(async (manager) => {
      for (const title of newTitles) {
        await manager.insert(AlignedObjectiveEntity, {
          id: created.get(title.toLowerCase())!,
          title,
          description: '',
          createdByPartner: principal.partnerCode ?? 'SECRETARIAT',
          createdById: principal.userId!,
          createdAt: now,
          updatedAt: now,
        });
      }
      for (const p of rows) {
        const alignedObjectiveId = objectiveIdOf(p);
        const f = p.fields;
        if (p.existing) {
          scopes.add(scopeOf(p.existing));
          await manager.update(
            BenchmarkEntity,
            { id: p.id },
            {
              ...(f.statement !== undefined ? { statement: f.statement } : {}),
              ...(f.description !== undefined ? { description: f.description } : {}),
              ...(f.kind !== undefined ? { kind: f.kind } : {}),
              ...(f.targetDate !== undefined ? { targetDate: f.targetDate } : {}),
              ...(f.unInstrument !== undefined ? { unInstrument: f.unInstrument } : {}),
              ...(f.unArticle !== undefined ? { unArticle: f.unArticle } : {}),
              ...(f.unMechanism !== undefined ? { unMechanism: f.unMechanism } : {}),
              ...(f.uprCycle !== undefined ? { uprCycle: f.uprCycle } : {}),
              classification: p.classification,
              alignedObjectiveId,
              updatedAt: now,
            },
          );
          await this.service.writeLists(manager, p.id, f, true);
          if (p.existing.classification === 'RESTRICTED' && p.classification !== 'RESTRICTED') {
            await manager.delete(ResourceReaderEntity, {
              resourceType: BENCHMARK,
              resourceId: p.id,
            });
          }
        } else {
          await manager.insert(BenchmarkEntity, {
            id: p.id,
            statement: f.statement!,
            description: f.description ?? '',
            kind: f.kind!,
            ownerPartner: p.holder,
            targetDate: f.targetDate ?? null,
            classification: p.classification,
            unInstrument: f.unInstrument ?? null,
            unArticle: f.unArticle ?? null,
            unMechanism: f.unMechanism ?? null,
            uprCycle: f.uprCycle ?? null,
            alignedObjectiveId,
            withdrawnAt: null,
            withdrawnReason: null,
            createdById: principal.userId!,
            createdAt: now,
            updatedAt: now,
          });
          await this.service.writeLists(manager, p.id, f);
        }
        scopes.add(scopeOf({ id: p.id, alignedObjectiveId }));
      }
    });
    for (const id of created.values()) scopes.add(objectiveScope(id));
    for (const p of rows) {
      this.service.announce(principal, {
        id: p.id,
        classification: p.classification,
        ownerPartner: p.holder,
      });
    }
    await this.conflicts.recompute([...scopes], principal.displayName);
  }
}
