import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { partnerName } from '../../partners/partner-display';

/** A partner's name in the interface language (its code when unknown). */
export function usePartnerName(): (code: string) => string {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  return (code) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
}
