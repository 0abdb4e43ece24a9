import { registerEnumType } from '@nestjs/graphql';
import { CASE_ANSWER_KINDS, CASE_RAISING_CHANNELS, CASE_STATUSES } from '@berne/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CaseStatusEnum = asEnum(CASE_STATUSES);
export const CaseRaisingChannelEnum = asEnum(CASE_RAISING_CHANNELS);
export const CaseAnswerKindEnum = asEnum(CASE_ANSWER_KINDS);

registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description:
    'What is known of the person’s situation (RSDL: residential surveillance at a designated location).',
});
registerEnumType(CaseRaisingChannelEnum, {
  name: 'CaseRaisingChannel',
  description: 'On the list sent before a round, orally at a round, or by letter.',
});
registerEnumType(CaseAnswerKindEnum, {
  name: 'CaseAnswerKind',
  description: 'What came back from the other side: awaited, none, partial, full or refused.',
});
