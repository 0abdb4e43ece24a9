import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaOutcomeFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { positionColor, positionSymbol } from '../display';
import { StateBadge } from './StateBadge';

/** What became of an earlier item: its state, and the reservations and objections in full. */
export function OutcomeSummary({ outcome }: { outcome: AgendaOutcomeFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
  return (
    <Stack gap={4} data-testid="outcome">
      <Group gap="xs">
        <Text size="sm" span>
          {t('agendas.continuity.outcome')}
        </Text>
        <StateBadge state={outcome.state} />
      </Group>
      {outcome.positions.length > 0 && (
        <ul className="consent-texts">
          {outcome.positions.map((p) => (
            <li
              key={`${p.partnerCode}-${p.position}`}
              className="consent-text"
              style={{ borderColor: positionColor(p.position) }}
              data-position={p.position}
            >
              <Text size="sm">
                <Text span fw={600} c={positionColor(p.position)}>
                  <span aria-hidden>{positionSymbol(p.position)} </span>
                  {t(
                    p.position === 'OBJECTION'
                      ? 'agendas.consent.objectionBy'
                      : 'agendas.consent.reservationBy',
                    { partner: name(p.partnerCode) },
                  )}
                </Text>{' '}
                {p.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
