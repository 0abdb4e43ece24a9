import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaItemSummaryFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { formatMeetingDate } from '../dates';
import { useThemes } from '../hooks/useThemes';
import { OutcomeSummary } from './OutcomeSummary';

interface Entry {
  sharedThemeCodes: string[];
  item: AgendaItemSummaryFieldsFragment;
}

/** Earlier items on the same themes: where and when, who proposed, and what became of them. */
export function RaisedBeforeList({ entries }: { entries: readonly Entry[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const { themeName } = useThemes(language);
  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
  return (
    <ol className="agenda-timeline" data-testid="raised-before-list">
      {entries.map(({ item, sharedThemeCodes }) => (
        <li key={item.id} data-item-id={item.id}>
          <Stack gap={2}>
            <Text size="sm">
              <time dateTime={item.meeting.startsAt}>
                {formatMeetingDate(item.meeting.startsAt, item.meeting.timeZone, language)}
              </time>
              {' · '}
              <Anchor component={Link} to={item.meeting.path} size="sm">
                {item.meeting.title}
              </Anchor>
            </Text>
            <Text size="sm" fw={600}>
              <Anchor component={Link} to={item.path} inherit>
                {item.title}
              </Anchor>
            </Text>
            <Text size="xs" c="dimmed">
              {t('agendas.continuity.proposedByOn', {
                partner: name(item.proposingPartner),
                themes: sharedThemeCodes.map(themeName).join(', '),
              })}
            </Text>
            <OutcomeSummary outcome={item.outcome} />
          </Stack>
        </li>
      ))}
    </ol>
  );
}
