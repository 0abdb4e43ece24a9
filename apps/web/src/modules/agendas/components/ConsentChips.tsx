import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { formatDateTime, partnerName } from '../../partners/partner-display';
import { positionColor, positionLabelKey, positionSymbol } from '../display';
import { consentSummary, positionNeedsText } from '../consent';

type Consent = AgendaItemFieldsFragment['consents'][number];

/**
 * One chip per participating partner with its position in words and a symbol (not colour alone),
 * then the reservations' and objections' texts for every partner to read.
 */
export function ConsentChips({ consents, itemTitle }: { consents: Consent[]; itemTitle: string }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
  const summary = consentSummary(consents);
  const explained = consents.filter((c) => positionNeedsText(c.position) && c.text);

  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('agendas.consent.summary', {
          agree: summary.agree,
          reservation: summary.reservation,
          objection: summary.objection,
          notYet: summary.notYet,
        })}
      </Text>
      <ul
        className="consent-chips"
        aria-label={t('agendas.consent.chipsLabel', { title: itemTitle })}
        data-testid="consent-chips"
      >
        {consents.map((c) => (
          <li
            key={c.partnerCode}
            className="consent-chip"
            style={{ color: positionColor(c.position) }}
            data-partner={c.partnerCode}
            data-position={c.position}
          >
            <span className="consent-chip__symbol" aria-hidden>
              {positionSymbol(c.position)}
            </span>
            <span>
              {t('agendas.consent.chip', {
                partner: name(c.partnerCode),
                position: t(positionLabelKey(c.position)),
              })}
            </span>
          </li>
        ))}
      </ul>
      {explained.length > 0 && (
        <ul className="consent-texts" data-testid="consent-texts">
          {explained.map((c) => (
            <li
              key={c.partnerCode}
              className="consent-text"
              style={{ borderColor: positionColor(c.position) }}
              data-partner={c.partnerCode}
              data-position={c.position}
            >
              <Text size="sm" fw={600}>
                {t(
                  c.position === 'OBJECTION'
                    ? 'agendas.consent.objectionBy'
                    : 'agendas.consent.reservationBy',
                  { partner: name(c.partnerCode) },
                )}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="consent-text">
                {c.text}
              </Text>
              {(c.by || c.at) && (
                <Text size="xs" c="dimmed">
                  {[c.by?.displayName, formatDateTime(c.at, language)].filter(Boolean).join(' · ')}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
