import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../auth/request-context';
import { PartnersService } from '../partners/partners.service';
import { toBriefingNoteModel } from './briefing-note.mapper';
import { BriefingNoteModel } from './briefing-note.model';
import { BriefingNotesService, type BriefingNoteView } from './briefing-notes.service';
import {
  BriefingNotesFilter,
  CreateBriefingNoteInput,
  ReclassifyBriefingNoteInput,
  RenameBriefingNoteInput,
} from './dto/briefing-notes.inputs';

@Resolver(() => BriefingNoteModel)
export class BriefingNotesResolver {
  constructor(
    private readonly notesService: BriefingNotesService,
    private readonly partners: PartnersService,
  ) {}

  private toModel = (view: BriefingNoteView) => toBriefingNoteModel(view, this.partners);

  @Query(() => [BriefingNoteModel], {
    description: 'Briefing notes the caller may read, most recently changed first.',
  })
  async briefingNotes(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => BriefingNotesFilter, nullable: true })
    filter?: BriefingNotesFilter,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit = 50,
  ): Promise<BriefingNoteModel[]> {
    const views = await this.notesService.list(principal, filter ?? {}, { offset, limit });
    return views.map(this.toModel);
  }

  @Query(() => BriefingNoteModel, {
    description:
      'One briefing note. NOT_FOUND when it does not exist or the caller may not read it.',
  })
  async briefingNote(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BriefingNoteModel> {
    return this.toModel(await this.notesService.get(principal, id, ip));
  }

  @Mutation(() => BriefingNoteModel)
  async createBriefingNote(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreateBriefingNoteInput,
  ): Promise<BriefingNoteModel> {
    return this.toModel(await this.notesService.create(principal, input, ip));
  }

  @Mutation(() => BriefingNoteModel)
  async renameBriefingNote(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: RenameBriefingNoteInput,
  ): Promise<BriefingNoteModel> {
    return this.toModel(await this.notesService.rename(principal, input, ip));
  }

  @Mutation(() => BriefingNoteModel, {
    description:
      "Changes the classification and named readers. The owner partner's coordinator or the secretariat.",
  })
  async reclassifyBriefingNote(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: ReclassifyBriefingNoteInput,
  ): Promise<BriefingNoteModel> {
    return this.toModel(await this.notesService.reclassify(principal, input, ip));
  }

  @Mutation(() => BriefingNoteModel, {
    description: 'Hides the note from lists and closes it to editing.',
  })
  async archiveBriefingNote(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BriefingNoteModel> {
    return this.toModel(await this.notesService.setArchived(principal, id, true, ip));
  }

  @Mutation(() => BriefingNoteModel)
  async unarchiveBriefingNote(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BriefingNoteModel> {
    return this.toModel(await this.notesService.setArchived(principal, id, false, ip));
  }
}
