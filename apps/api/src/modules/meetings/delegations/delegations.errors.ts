import { PARTNERS, type PartnerCode } from '@berne/domain';
import { AppError, CommonErrors } from '../../../common/app-error';

export const MEMBER_NAME_MAX = 120;
export const MEMBER_MINISTRY_MAX = 160;
export const MEMBER_FUNCTION_MAX = 160;
export const ROSTER_MAX = 40;

const partnerName = (code: PartnerCode) => PARTNERS.find((p) => p.code === code)?.name ?? code;

export const DelegationErrors = {
  memberNotFound: () => CommonErrors.notFound('delegation member'),
  staffOnly: () =>
    new AppError('FORBIDDEN', 'Delegation rosters are for partner staff and the secretariat.'),
  notYourDelegation: () =>
    new AppError(
      'FORBIDDEN',
      "You can edit your own partner's delegation; the secretariat edits every partner's.",
    ),
  noPartner: () =>
    CommonErrors.badInput("Say which partner's delegation this is.", { partnerCode: ['required'] }),
  secretariatNoDelegation: () =>
    CommonErrors.badInput('The secretariat organises and sends no delegation: choose a partner.', {
      partnerCode: ['SECRETARIAT'],
    }),
  notParticipant: (code: PartnerCode) =>
    CommonErrors.badInput(
      `${partnerName(code)} does not take part in this meeting: only participating partners send delegations.`,
      { partnerCode: ['not taking part'] },
    ),
  required: (field: 'name' | 'ministry' | 'function') =>
    CommonErrors.badInput(
      {
        name: 'Give the name of the delegation member.',
        ministry: 'Say which ministry or institution the member comes from.',
        function: "Give the member's function in the delegation.",
      }[field],
      { [field]: ['required'] },
    ),
  tooLong: (field: 'name' | 'ministry' | 'function', max: number) =>
    CommonErrors.badInput(`A ${field} has at most ${max} characters.`, { [field]: ['too long'] }),
  duplicate: (name: string, code: PartnerCode) =>
    CommonErrors.badInput(
      `${name} is already on the ${partnerName(code)} delegation to this meeting.`,
      {
        name: ['duplicate'],
      },
    ),
  rosterFull: () =>
    CommonErrors.badInput(`A delegation has at most ${ROSTER_MAX} members.`, {
      name: ['roster full'],
    }),
  badAccount: (code: PartnerCode) =>
    CommonErrors.badInput(`This account is not an active member of ${partnerName(code)}'s staff.`, {
      userId: ['not a member'],
    }),
};
