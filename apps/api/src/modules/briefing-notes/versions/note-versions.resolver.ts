import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../../auth/request-context';
import {
  NoteVersionContentModel,
  NoteVersionDiffModel,
  NoteVersionModel,
} from './note-version.model';
import { NoteVersionsService, type VersionView } from './note-versions.service';

const toModel = ({ version, ...rest }: VersionView): NoteVersionModel => ({
  id: version.id,
  noteId: version.noteId,
  number: version.number,
  kind: version.kind,
  name: version.name,
  byteSize: version.byteSize,
  createdAt: version.createdAt,
  sealedAt: version.sealedAt,
  ...rest,
});

@Resolver(() => NoteVersionModel)
export class NoteVersionsResolver {
  constructor(private readonly versions: NoteVersionsService) {}

  @Query(() => [NoteVersionModel], {
    description: 'The versions of a briefing note, newest first (without their content).',
  })
  async briefingNoteVersions(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('noteId', { type: () => ID }) noteId: string,
  ): Promise<NoteVersionModel[]> {
    return (await this.versions.list(principal, noteId, ip)).map(toModel);
  }

  @Query(() => NoteVersionContentModel, { description: 'One version with its content.' })
  async briefingNoteVersion(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NoteVersionContentModel> {
    const { view, state } = await this.versions.content(principal, id, ip);
    return { version: toModel(view), state: Buffer.from(state).toString('base64') };
  }

  @Query(() => NoteVersionDiffModel, {
    description: 'What changed from one version to another, or to the current content (toId null).',
  })
  async briefingNoteVersionDiff(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID, nullable: true }) toId?: string | null,
  ): Promise<NoteVersionDiffModel> {
    const { from, to, lines } = await this.versions.diff(principal, fromId, toId ?? null, ip);
    return {
      from: toModel(from),
      to: to ? toModel(to) : null,
      lines,
      added: lines.filter((l) => l.change === 'ADDED').length,
      removed: lines.filter((l) => l.change === 'REMOVED').length,
    };
  }

  @Mutation(() => NoteVersionModel, {
    description: 'Keeps the current content as a named version.',
  })
  async nameBriefingNoteVersion(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('noteId', { type: () => ID }) noteId: string,
    @Args('name') name: string,
  ): Promise<NoteVersionModel> {
    return toModel(await this.versions.createNamed(principal, noteId, name, ip));
  }

  @Mutation(() => NoteVersionModel, {
    description:
      'Brings a version back as a new edit (live for every editor); returns the RESTORED version.',
  })
  async restoreBriefingNoteVersion(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NoteVersionModel> {
    return toModel(await this.versions.restore(principal, id, ip));
  }

  @Mutation(() => NoteVersionModel, {
    description: "The caller's delegation approves a named version (once per partner).",
  })
  async approveBriefingNoteVersion(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NoteVersionModel> {
    return toModel(await this.versions.approve(principal, id, ip));
  }

  @Mutation(() => NoteVersionModel, {
    description:
      "Seals an approved named version: frozen, with the partners that approved it. The owner partner's coordinator or the secretariat.",
  })
  async sealBriefingNoteVersion(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NoteVersionModel> {
    return toModel(await this.versions.seal(principal, id, ip));
  }
}
