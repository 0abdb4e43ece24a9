import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../auth/request-context';
import { CaseListsService } from './case-lists.service';
import { CaseModel, MeetingCaseListModel } from './case.model';
import {
  CasesFilter,
  CreateCaseInput,
  RecordCaseAnswerInput,
  RecordCaseRaisingInput,
  SetCaseReadersInput,
  SetMeetingCaseListInput,
  UpdateCaseInput,
} from './cases.inputs';
import { CasesService } from './cases.service';

/** Individual cases (seed rec. 7): restricted to cleared staff and named readers; every view audited. */
@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly service: CasesService,
    private readonly lists: CaseListsService,
  ) {}

  @Query(() => [CaseModel], {
    description:
      'Individual cases the caller may read (cleared staff: all; others: those naming them), by name.',
  })
  async cases(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('filter', { type: () => CasesFilter, nullable: true }) filter?: CasesFilter,
  ): Promise<CaseModel[]> {
    return this.service.list(principal, filter ?? {}, ip);
  }

  @Query(() => CaseModel, { name: 'case' })
  async individualCase(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CaseModel> {
    return this.service.get(principal, id, ip);
  }

  @Mutation(() => CaseModel, {
    description: 'Adds a case to the list. Needs a clearance for restricted records.',
  })
  async createCase(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreateCaseInput,
  ): Promise<CaseModel> {
    return this.service.create(principal, input, ip);
  }

  @Mutation(() => CaseModel)
  async updateCase(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: UpdateCaseInput,
  ): Promise<CaseModel> {
    return this.service.update(principal, input, ip);
  }

  @Mutation(() => CaseModel, {
    description: 'Records that the caller’s partner raised the case with the other side.',
  })
  async recordCaseRaising(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: RecordCaseRaisingInput,
  ): Promise<CaseModel> {
    return this.service.recordRaising(principal, input, ip);
  }

  @Mutation(() => CaseModel, { description: 'Records what came back on a raising.' })
  async recordCaseAnswer(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: RecordCaseAnswerInput,
  ): Promise<CaseModel> {
    return this.service.recordAnswer(principal, input, ip);
  }

  @Mutation(() => CaseModel, {
    description:
      'Names the readers of a case besides cleared staff (owner partner’s coordinator or secretariat).',
  })
  async setCaseReaders(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: SetCaseReadersInput,
  ): Promise<CaseModel> {
    return this.service.setReaders(principal, input, ip);
  }

  @Query(() => MeetingCaseListModel, {
    description: 'The list of cases prepared for a round (cleared staff only).',
  })
  async meetingCaseList(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingCaseListModel> {
    return this.lists.get(principal, meetingId, ip);
  }

  @Mutation(() => MeetingCaseListModel, {
    description:
      'Replaces the cases on a round’s list (host partner’s staff or secretariat; not once sent).',
  })
  async setMeetingCaseList(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: SetMeetingCaseListInput,
  ): Promise<MeetingCaseListModel> {
    return this.lists.set(principal, input, ip);
  }

  @Mutation(() => MeetingCaseListModel, {
    description:
      'Marks the list sent to the other side: records a LIST raising for every case on it.',
  })
  async markMeetingCaseListSent(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingCaseListModel> {
    return this.lists.markSent(principal, meetingId, ip);
  }
}
