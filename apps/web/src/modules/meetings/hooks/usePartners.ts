import { useQuery } from '@apollo/client/react';
import { PARTNERS, type PartnerCode } from '@berne/domain';
import { PartnersQuery } from '../graphql/meetings.operations';

export interface PartnerInfo {
  code: PartnerCode;
  name: string;
  nameFr: string;
  capital: string;
  timeZone: string;
  color: string;
}

/**
 * The partners from the API (names, capitals, time zones, colours); the shared reference list
 * stands in until the answer arrives, so nothing waits on it.
 */
export function usePartners(): {
  partners: readonly PartnerInfo[];
  byCode: (code: string) => PartnerInfo | undefined;
} {
  const { data } = useQuery(PartnersQuery, { fetchPolicy: 'cache-first' });
  const partners: readonly PartnerInfo[] = data?.partners ?? PARTNERS;
  return { partners, byCode: (code) => partners.find((p) => p.code === code) };
}
