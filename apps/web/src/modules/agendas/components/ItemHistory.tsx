import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { formatDateTime, partnerName } from '../../partners/partner-display';
import { positionLabelKey, stateLabelKey } from '../display';
import { historyLine, type HistoryLine } from '../history';

type HistoryEvent = AgendaItemFieldsFragment['history'][number];

/** Who did what to an item, and when: a collapsible timeline, oldest first. */
export function ItemHistory({ history }: { history: HistoryEvent[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const name = (code: string | null) => {
    if (!code) return '';
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };

  const sentence = (line: HistoryLine): string => {
    switch (line.kind) {
      case 'proposed':
        return t('agendas.history.proposed', { partner: name(line.partner) });
      case 'consent':
        return t('agendas.history.consent', {
          partner: name(line.partner),
          position: t(positionLabelKey(line.position)),
        });
      case 'state':
        return line.from
          ? t('agendas.history.state', {
              from: t(stateLabelKey(line.from)),
              to: t(stateLabelKey(line.to)),
            })
          : t('agendas.history.stateTo', { to: t(stateLabelKey(line.to)) });
      case 'edited':
        return [
          t('agendas.history.edited'),
          line.positionsReset ? t('agendas.history.positionsReset') : '',
          line.silenceStopped ? t('agendas.history.silenceStopped') : '',
        ]
          .filter(Boolean)
          .join(' ');
      case 'silenceOpened':
        return t('agendas.history.silenceOpened', {
          deadline: line.deadline ? formatDateTime(line.deadline, language) : '—',
        });
      case 'silenceAgreed':
        return t('agendas.history.silenceAgreed');
      case 'silenceBroken':
        return t('agendas.history.silenceBroken');
      case 'other':
        return [line.event, line.detail].filter(Boolean).join(': ');
    }
  };

  return (
    <details className="agenda-details" data-testid="item-history">
      <summary>{t('agendas.history.title', { count: history.length })}</summary>
      <ol className="agenda-timeline">
        {history.map((event, i) => {
          const line = historyLine(event);
          const extra =
            line.kind === 'consent' ? line.text : line.kind === 'state' ? line.reason : null;
          return (
            <li key={i} data-event={event.event}>
              <Text size="sm">
                <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
                {' · '}
                <Text span fw={600}>
                  {event.by?.displayName ?? t('agendas.history.system')}
                </Text>
                {' — '}
                {sentence(line)}
              </Text>
              {extra && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {extra}
                </Text>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
