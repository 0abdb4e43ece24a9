import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../access/principal';
import { ClientIp, CurrentPrincipal } from '../../auth/request-context';
import { MeetingModel, SchedulingPollModel } from './meeting.model';
import {
  CreateMeetingInput,
  CreatePollInput,
  MeetingsFilter,
  PollAnswerInput,
  SetMeetingStatusInput,
} from './meetings.inputs';
import { toMeetingModel, toPollModel } from './meetings.mapper';
import { MeetingsService } from './meetings.service';
import { PollsService } from './polls.service';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly pollsService: PollsService,
  ) {}

  @Query(() => [MeetingModel], {
    description: 'Meetings the caller may see in a date range (≤ 400 days).',
  })
  async meetings(
    @CurrentPrincipal() principal: Principal,
    @Args('filter') filter: MeetingsFilter,
  ): Promise<MeetingModel[]> {
    return (await this.meetingsService.list(principal, filter)).map(toMeetingModel);
  }

  @Query(() => MeetingModel)
  async meeting(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetingsService.get(principal, id, ip));
  }

  @Mutation(() => MeetingModel, { description: 'Schedules a meeting directly (without a poll).' })
  async createMeeting(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreateMeetingInput,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetingsService.create(principal, input, ip));
  }

  @Mutation(() => MeetingModel, {
    description: 'Confirms, postpones, cancels (with a reason) or marks a meeting held.',
  })
  async setMeetingStatus(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: SetMeetingStatusInput,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.meetingsService.setStatus(principal, input, ip));
  }

  @Query(() => [SchedulingPollModel])
  async schedulingPolls(
    @CurrentPrincipal() principal: Principal,
    @Args('includeClosed', { defaultValue: false }) includeClosed: boolean,
  ): Promise<SchedulingPollModel[]> {
    return (await this.pollsService.list(principal, includeClosed)).map(toPollModel);
  }

  @Query(() => SchedulingPollModel)
  async schedulingPoll(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SchedulingPollModel> {
    return toPollModel(await this.pollsService.get(principal, id));
  }

  @Mutation(() => SchedulingPollModel)
  async createSchedulingPoll(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('input') input: CreatePollInput,
  ): Promise<SchedulingPollModel> {
    return toPollModel(await this.pollsService.create(principal, input, ip));
  }

  @Mutation(() => SchedulingPollModel, { description: "Answers slots for the caller's partner." })
  async answerSchedulingPoll(
    @CurrentPrincipal() principal: Principal,
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('answers', { type: () => [PollAnswerInput] }) answers: PollAnswerInput[],
  ): Promise<SchedulingPollModel> {
    return toPollModel(await this.pollsService.answer(principal, pollId, answers));
  }

  @Mutation(() => MeetingModel, {
    description: 'Confirms a slot: creates the meeting and notifies the participants.',
  })
  async confirmSchedulingPoll(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('slotId', { type: () => ID }) slotId: string,
  ): Promise<MeetingModel> {
    return toMeetingModel(await this.pollsService.confirm(principal, pollId, slotId, ip));
  }

  @Mutation(() => SchedulingPollModel)
  async closeSchedulingPoll(
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
    @Args('pollId', { type: () => ID }) pollId: string,
  ): Promise<SchedulingPollModel> {
    return toPollModel(await this.pollsService.close(principal, pollId, ip));
  }
}
