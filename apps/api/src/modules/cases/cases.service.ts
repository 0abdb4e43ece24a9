import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { CaseStatus } from '@berne/domain';
import { AccessService } from '../../access/access.service';
import { AppError } from '../../common/app-error';
import { oneLine, withoutControlChars, likeEscape } from '../../common/search-text';
import type { Principal } from '../../access/principal';
import { ResourceReaderEntity } from '../../access/resource-reader.entity';
import { AuditService } from '../../audit/audit.service';
import { memberPartnerOf } from '../benchmarks/benchmarks.policy';
import { MeetingsService } from '../meetings/meetings.service';
import { ThemeEntity } from '../themes/theme.entity';
import { UserEntity } from '../users/user.entity';
import { CaseReader, mayAnswerFor } from './case-reader';
import {
  IndividualCaseEntity,
  IndividualCaseGroupEntity,
  IndividualCaseRaisingEntity,
  IndividualCaseThemeEntity,
} from './case.entity';
import {
  checkBirthYear,
  checkPastDate,
  cleanGroups,
  cleanLine,
  cleanName,
  cleanReference,
  cleanText,
} from './case-fields';
import type { CaseModel } from './case.model';
import { CaseErrors } from './cases.errors';
import {
  CASE_READERS_MAX,
  type CaseFieldsInput,
  type CasesFilter,
  type CreateCaseInput,
  type RecordCaseAnswerInput,
  type RecordCaseRaisingInput,
  type SetCaseReadersInput,
  type UpdateCaseInput,
} from './cases.inputs';
import { CASE, newCaseResource } from './cases.policy';

export const CASE_LIST_LIMIT = 500;
/** What a refused guest attempted when no case id was given (a list, an answer by raising id). */
const ANY_CASE = { type: CASE, classification: 'RESTRICTED' } as const;
/** The unique index on the reference refused a row (PostgreSQL or SQLite). */
const isUniqueViolation = (error: unknown) => {
  const code = (error as { driverError?: { code?: string } } | null)?.driverError?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
};

type CleanFields = Partial<
  Pick<
    IndividualCaseEntity,
    | 'reference'
    | 'name'
    | 'nativeName'
    | 'birthYear'
    | 'region'
    | 'status'
    | 'detainedOn'
    | 'charges'
    | 'sentence'
    | 'location'
    | 'summary'
    | 'sourceName'
    | 'sourceReference'
  >
> & { themeCodes?: string[]; vulnerableGroups?: string[] };

/** Individual cases: the discreet list, its history of raisings and answers, and named readers. */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(IndividualCaseEntity)
    private readonly cases: Repository<IndividualCaseEntity>,
    @InjectRepository(IndividualCaseRaisingEntity)
    private readonly raisings: Repository<IndividualCaseRaisingEntity>,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly reader: CaseReader,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  async list(principal: Principal, filter: CasesFilter, ip: string | null): Promise<CaseModel[]> {
    await this.reader.requireStaff(principal, 'read', ANY_CASE, ip);
    const qb = this.reader.scoped(principal, 'c');
    // Words of one line without control characters (PostgreSQL refuses NUL in a parameter), as
    // the input's @SearchText already gives them. Lower-cased by the database on both sides:
    // SQLite's LOWER leaves non-ASCII letters (Ö, Ü) as they are.
    const search = oneLine(filter.search);
    if (search) {
      const words = search.split(/\s+/).slice(0, 8);
      words.forEach((word, i) => {
        const p = `w${i}`;
        qb.andWhere(
          new Brackets((w) => {
            for (const column of [
              'reference',
              'name',
              'nativeName',
              'region',
              'charges',
              'location',
              'summary',
            ]) {
              w.orWhere(`LOWER(c.${column}) LIKE LOWER(:${p}) ESCAPE '\\'`);
            }
          }),
          { [p]: `%${likeEscape(word)}%` },
        );
      });
    }
    if (filter.statuses?.length)
      qb.andWhere('c.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.themeCodes?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM individual_case_themes ct WHERE ct."caseId" = c.id AND ct."themeCode" IN (:...themeCodes))',
        { themeCodes: filter.themeCodes.map(withoutControlChars) },
      );
    }
    if (filter.vulnerableGroup) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM individual_case_groups cg WHERE cg."caseId" = c.id AND cg."groupCode" = :group)',
        { group: filter.vulnerableGroup },
      );
    }
    if (filter.raisedBy) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM individual_case_raisings cr WHERE cr."caseId" = c.id AND cr."partnerCode" = :raisedBy)',
        { raisedBy: filter.raisedBy },
      );
    }
    if (filter.awaitingAnswer) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM individual_case_raisings ca WHERE ca."caseId" = c.id AND ca."answerKind" = 'AWAITED')`,
      );
    }
    const rows = await qb
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(CASE_LIST_LIMIT)
      .getMany();
    await this.reader.auditList(
      principal,
      rows.map((r) => r.id),
      'list',
      ip,
    );
    return this.reader.hydrate(principal, rows);
  }

  async get(principal: Principal, id: string, ip: string | null): Promise<CaseModel> {
    const { found } = await this.reader.requireCase(principal, id, 'read', ip);
    return (await this.reader.hydrate(principal, [found]))[0];
  }

  /** Adding to the list takes a clearance: a named reader of one case cannot add others. */
  async create(
    principal: Principal,
    input: CreateCaseInput,
    ip: string | null,
  ): Promise<CaseModel> {
    await this.reader.requireStaff(principal, 'create', newCaseResource(principal), ip);
    if (!principal.cleared) throw CaseErrors.notCleared();
    await this.access.require(principal, 'create', newCaseResource(principal), ip);
    const fields = await this.clean(input, true);
    const id = randomUUID();
    const insert = () =>
      this.dataSource.transaction(async (manager) => {
        const reference = fields.reference ?? (await this.nextReference(manager));
        if (await manager.exists(IndividualCaseEntity, { where: { reference } })) {
          throw CaseErrors.referenceTaken();
        }
        await manager.insert(IndividualCaseEntity, {
          id,
          reference,
          name: fields.name!,
          nativeName: fields.nativeName ?? '',
          birthYear: fields.birthYear ?? null,
          region: fields.region ?? '',
          status: fields.status ?? 'DETAINED',
          detainedOn: fields.detainedOn ?? null,
          charges: fields.charges ?? '',
          sentence: fields.sentence ?? '',
          location: fields.location ?? '',
          summary: fields.summary ?? '',
          sourceName: fields.sourceName ?? '',
          sourceReference: fields.sourceReference ?? '',
          ownerPartner: principal.partnerCode ?? 'SECRETARIAT',
          classification: 'RESTRICTED',
          createdById: principal.userId!,
          updatedById: principal.userId!,
        });
        await this.writeTags(manager, id, fields, false);
      });
    // Cases added at the same moment may both take the next generated reference: the one the
    // unique index refuses takes the one after. A reference typed by hand is the caller's to change.
    for (let attempt = 1; ; attempt++) {
      try {
        await insert();
        break;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (fields.reference || attempt >= 5) throw CaseErrors.referenceTaken();
      }
    }
    await this.audit.record({
      action: 'case.create',
      actor: principal,
      resourceType: CASE,
      resourceId: id,
      ip,
    });
    return this.get(principal, id, ip);
  }

  async update(
    principal: Principal,
    input: UpdateCaseInput,
    ip: string | null,
  ): Promise<CaseModel> {
    const { found } = await this.reader.requireCase(principal, input.id, 'update', ip);
    const fields = await this.clean(input, false);
    const { themeCodes, vulnerableGroups, ...columns } = fields;
    await this.dataSource
      .transaction(async (manager) => {
        if (columns.reference && columns.reference !== found.reference) {
          if (
            await manager.exists(IndividualCaseEntity, { where: { reference: columns.reference } })
          ) {
            throw CaseErrors.referenceTaken();
          }
        }
        await manager.update(
          IndividualCaseEntity,
          { id: found.id },
          { ...columns, updatedById: principal.userId! },
        );
        await this.writeTags(manager, found.id, { themeCodes, vulnerableGroups }, true);
      })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? CaseErrors.referenceTaken() : error;
      });
    await this.audit.record({
      action: 'case.update',
      actor: principal,
      resourceType: CASE,
      resourceId: found.id,
      ip,
      // Which fields changed, never their values.
      details: { fields: Object.keys(fields).sort() },
    });
    return this.get(principal, found.id, ip);
  }

  async recordRaising(
    principal: Principal,
    input: RecordCaseRaisingInput,
    ip: string | null,
  ): Promise<CaseModel> {
    const { found } = await this.reader.requireCase(principal, input.caseId, 'update', ip);
    const own = memberPartnerOf(principal);
    let partnerCode = own;
    if (principal.kind === 'SECRETARIAT') {
      if (!input.partnerCode || input.partnerCode === 'SECRETARIAT')
        throw CaseErrors.partnerRequired();
      partnerCode = input.partnerCode;
    } else if (!own) {
      throw CaseErrors.partnerRequired();
    } else if (input.partnerCode && input.partnerCode !== own) {
      throw CaseErrors.partnerNotYours(own);
    }
    const raisedOn = checkPastDate(input.raisedOn, 'date raised');
    if (!raisedOn) throw CaseErrors.badDate('date raised');
    let meetingId: string | null = null;
    if (input.meetingId) {
      const { meeting, partnerCodes } = await this.meetings
        .requireMeeting(principal, input.meetingId, 'read', ip)
        .catch(() => {
          throw CaseErrors.meetingNotFound();
        });
      if (meeting.hostPartner !== partnerCode && !partnerCodes.includes(partnerCode!)) {
        throw CaseErrors.meetingPartnerMismatch();
      }
      meetingId = meeting.id;
    }
    const id = randomUUID();
    await this.raisings.insert({
      id,
      caseId: found.id,
      partnerCode: partnerCode!,
      meetingId,
      channel: input.channel,
      raisedOn,
      request: cleanText(input.request, 'request'),
      answerKind: 'AWAITED',
      answer: '',
      answeredOn: null,
      recordedById: principal.userId!,
      answerRecordedById: null,
      answerRecordedAt: null,
    });
    await this.audit.record({
      action: 'case.raise',
      actor: principal,
      resourceType: CASE,
      resourceId: found.id,
      ip,
      details: { raisingId: id, partner: partnerCode, channel: input.channel },
    });
    return this.get(principal, found.id, ip);
  }

  async recordAnswer(
    principal: Principal,
    input: RecordCaseAnswerInput,
    ip: string | null,
  ): Promise<CaseModel> {
    await this.reader.requireStaff(principal, 'update', ANY_CASE, ip);
    const raising = await this.raisings.findOne({ where: { id: input.raisingId } });
    if (!raising) throw CaseErrors.raisingNotFound();
    // A raising of a case the caller may not open looks like one that does not exist.
    const { found } = await this.reader
      .requireCase(principal, raising.caseId, 'update', ip)
      .catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'NOT_FOUND'
          ? CaseErrors.raisingNotFound()
          : error;
      });
    if (!mayAnswerFor(principal, raising.partnerCode))
      throw CaseErrors.partnerNotYours(principal.partnerCode ?? '');
    const answer = cleanText(input.answer, 'answer');
    let answeredOn: string | null = null;
    if (input.answerKind !== 'AWAITED') {
      answeredOn = checkPastDate(input.answeredOn, 'date of the answer');
      if (!answeredOn) throw CaseErrors.badDate('date of the answer');
      if (answeredOn < raising.raisedOn) throw CaseErrors.answerBeforeRaising();
      if (input.answerKind !== 'NONE' && !answer) throw CaseErrors.answerNeedsText();
    }
    await this.raisings.update(
      { id: raising.id },
      {
        answerKind: input.answerKind,
        answer: input.answerKind === 'AWAITED' ? '' : answer,
        answeredOn,
        answerRecordedById: principal.userId!,
        answerRecordedAt: new Date(),
      },
    );
    await this.audit.record({
      action: 'case.answer',
      actor: principal,
      resourceType: CASE,
      resourceId: found.id,
      ip,
      details: { raisingId: raising.id, answerKind: input.answerKind },
    });
    return this.get(principal, found.id, ip);
  }

  /** Named readers: partner staff who read this case without a general clearance. */
  async setReaders(
    principal: Principal,
    input: SetCaseReadersInput,
    ip: string | null,
  ): Promise<CaseModel> {
    const { found } = await this.reader.requireCase(principal, input.caseId, 'share', ip);
    const userIds = [...new Set(input.userIds)];
    if (userIds.length > CASE_READERS_MAX) throw CaseErrors.tooManyReaders(CASE_READERS_MAX);
    const users = userIds.length ? await this.users.find({ where: { id: In(userIds) } }) : [];
    if (users.length !== userIds.length || users.some((u) => u.disabled || u.role === 'GUEST')) {
      throw CaseErrors.readerNotStaff();
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ResourceReaderEntity, { resourceType: CASE, resourceId: found.id });
      if (userIds.length) {
        await manager.insert(
          ResourceReaderEntity,
          userIds.map((userId) => ({ resourceType: CASE, resourceId: found.id, userId })),
        );
      }
    });
    await this.audit.record({
      action: 'case.readers',
      actor: principal,
      resourceType: CASE,
      resourceId: found.id,
      ip,
      details: { readers: userIds },
    });
    return this.get(principal, found.id, ip);
  }

  private async clean(input: CaseFieldsInput, creating: boolean): Promise<CleanFields> {
    const out: CleanFields = {};
    if (input.reference) out.reference = cleanReference(input.reference);
    if (creating || input.name !== undefined) out.name = cleanName(input.name);
    if (input.nativeName !== undefined)
      out.nativeName = cleanLine(input.nativeName, 'name in the person’s script', 200);
    if (input.birthYear !== undefined) out.birthYear = checkBirthYear(input.birthYear);
    if (input.region !== undefined) out.region = cleanLine(input.region, 'region');
    if (input.status) out.status = input.status as CaseStatus;
    if (input.detainedOn !== undefined)
      out.detainedOn = checkPastDate(input.detainedOn, 'date of detention');
    if (input.charges !== undefined) out.charges = cleanLine(input.charges, 'charges');
    if (input.sentence !== undefined) out.sentence = cleanLine(input.sentence, 'sentence');
    if (input.location !== undefined)
      out.location = cleanLine(input.location, 'place of detention');
    if (input.summary !== undefined) out.summary = cleanText(input.summary, 'summary');
    if (input.sourceName !== undefined) out.sourceName = cleanLine(input.sourceName, 'source');
    if (input.sourceReference !== undefined)
      out.sourceReference = cleanLine(input.sourceReference, 'source reference');
    if (input.themeCodes !== undefined) {
      const wanted = [...new Set(input.themeCodes.map(withoutControlChars))];
      const found = wanted.length ? await this.themes.find({ where: { code: In(wanted) } }) : [];
      const unknown = wanted.filter((c) => !found.some((t) => t.code === c));
      if (unknown.length) throw CaseErrors.unknownThemes(unknown.length);
      out.themeCodes = wanted;
    }
    if (input.vulnerableGroups !== undefined)
      out.vulnerableGroups = cleanGroups(input.vulnerableGroups);
    return out;
  }

  private async writeTags(
    manager: EntityManager,
    caseId: string,
    fields: CleanFields,
    replace: boolean,
  ) {
    if (fields.themeCodes !== undefined) {
      if (replace) await manager.delete(IndividualCaseThemeEntity, { caseId });
      if (fields.themeCodes.length) {
        await manager.insert(
          IndividualCaseThemeEntity,
          fields.themeCodes.map((themeCode) => ({ caseId, themeCode })),
        );
      }
    }
    if (fields.vulnerableGroups !== undefined) {
      if (replace) await manager.delete(IndividualCaseGroupEntity, { caseId });
      if (fields.vulnerableGroups.length) {
        await manager.insert(
          IndividualCaseGroupEntity,
          fields.vulnerableGroups.map((groupCode) => ({ caseId, groupCode })),
        );
      }
    }
  }

  /** BP-<year>-<nnn>: one more than the highest number of this year's references. */
  private async nextReference(manager: EntityManager): Promise<string> {
    const prefix = `BP-${new Date().getUTCFullYear()}-`;
    const rows = await manager
      .createQueryBuilder(IndividualCaseEntity, 'c')
      .select('c.reference', 'reference')
      .where('c.reference LIKE :prefix', { prefix: `${prefix}%` })
      .getRawMany<{ reference: string }>();
    const highest = rows.reduce((max, r) => {
      const n = Number(r.reference.slice(prefix.length));
      return Number.isInteger(n) && n > max ? n : max;
    }, 0);
    return `${prefix}${String(highest + 1).padStart(3, '0')}`;
  }
}
