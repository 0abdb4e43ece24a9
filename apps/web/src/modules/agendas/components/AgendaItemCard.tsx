import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaFieldsFragment, AgendaItemFieldsFragment } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { TEXT_COLORS } from '../../meetings/display';
import { partnerName } from '../../partners/partner-display';
import {
  DeferAgendaItemMutation,
  ReinstateAgendaItemMutation,
  WithdrawAgendaItemMutation,
} from '../graphql/agendas.operations';
import { groupLabelKey, isClosedState, regionLabelKey } from '../display';
import { canTakePosition, ownPosition } from '../consent';
import { ConsentChips } from './ConsentChips';
import { ConsentForm } from './ConsentForm';
import { ItemHistory } from './ItemHistory';
import { ItemLinks } from './ItemLinks';
import { SilenceDeadline } from './SilenceDeadline';
import { StateBadge } from './StateBadge';
import { ThemeBadges } from './ThemeBadges';

type Item = AgendaItemFieldsFragment;

interface AgendaItemCardProps {
  item: Item;
  number: number;
  count: number;
  agenda: Pick<AgendaFieldsFragment, 'status' | 'isChair' | 'speaksFor' | 'meetingId'>;
  /** Moves the item up (−1) or down (+1); absent for those who may not reorder. */
  onMove?: (delta: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
  reordering: boolean;
  onOpenSilence: () => void;
  /** Earlier items on the same themes (shown when the continuity API answers). */
  raisedBefore?: ReactNode;
  /** The drag handle (chair only), beside the move buttons. */
  dragHandle?: ReactNode;
}

/** One item of the agenda: what it is, who proposed it, where each delegation stands, what happened. */
export function AgendaItemCard({
  item,
  number,
  count,
  agenda,
  onMove,
  canMoveUp,
  canMoveDown,
  reordering,
  onOpenSilence,
  raisedBefore,
  dragHandle,
}: AgendaItemCardProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const [error, setError] = useState<unknown>(null);
  const options = { refetchQueries: ['Agenda'] };
  const [withdraw, withdrawState] = useMutation(WithdrawAgendaItemMutation, options);
  const [defer, deferState] = useMutation(DeferAgendaItemMutation, options);
  const [reinstate, reinstateState] = useMutation(ReinstateAgendaItemMutation, options);

  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
  const open = agenda.status === 'OPEN';
  const closed = isClosedState(item.state);
  const headingId = `agenda-item-${item.id}`;
  const speaks = agenda.speaksFor;

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  }

  function onMoveKey(event: KeyboardEvent<HTMLDivElement>) {
    if (!onMove) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (!(event.target instanceof HTMLElement) || !event.target.dataset['move']) return;
    event.preventDefault();
    if (reordering) return;
    if (event.key === 'ArrowUp' && canMoveUp) onMove(-1);
    else if (event.key === 'ArrowDown' && canMoveDown) onMove(1);
  }

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      className="agenda-item"
      data-closed={closed}
      data-testid="agenda-item"
      data-item-id={item.id}
      data-state={item.state}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <StateBadge state={item.state} />
              <Badge
                variant="outline"
                color={TEXT_COLORS.neutral}
                radius="sm"
                data-testid="item-minutes"
              >
                {t('agendas.item.minutes', { count: item.minutes })}
              </Badge>
              {item.guestVisible && (
                <Badge variant="outline" color={TEXT_COLORS.neutral} radius="sm">
                  {t('agendas.item.guestVisible')}
                </Badge>
              )}
            </Group>
            <Title order={3} id={headingId} size="h4" td={closed ? 'line-through' : undefined}>
              <span className="agenda-item__number">{number}.</span> {item.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('agendas.item.proposedBy', {
                partner: name(item.proposingPartner),
                person: item.proposedBy?.displayName ?? '—',
              })}
            </Text>
          </Stack>
          {onMove && open && (
            <Group
              gap={4}
              wrap="nowrap"
              role="group"
              aria-label={t('agendas.order.group', { title: item.title })}
              onKeyDown={onMoveKey}
            >
              {dragHandle}
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('agendas.order.up', { title: item.title, n: number, count })}
                // aria-disabled, not disabled: the button keeps focus when it reaches the top.
                aria-disabled={!canMoveUp || reordering || undefined}
                data-disabled={!canMoveUp || undefined}
                onClick={() => {
                  if (canMoveUp && !reordering) onMove(-1);
                }}
                data-move={`${item.id}:up`}
              >
                <span aria-hidden>↑</span>
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('agendas.order.down', { title: item.title, n: number, count })}
                aria-disabled={!canMoveDown || reordering || undefined}
                data-disabled={!canMoveDown || undefined}
                onClick={() => {
                  if (canMoveDown && !reordering) onMove(1);
                }}
                data-move={`${item.id}:down`}
              >
                <span aria-hidden>↓</span>
              </ActionIcon>
            </Group>
          )}
        </Group>

        <ThemeBadges codes={item.themeCodes} />
        {(item.vulnerableGroups.length > 0 || item.influenceRegion) && (
          <Group gap={6}>
            {item.vulnerableGroups.map((group) => (
              <Badge key={group} variant="outline" color={TEXT_COLORS.neutral} radius="sm">
                {t(groupLabelKey(group))}
              </Badge>
            ))}
            {item.influenceRegion && (
              <Badge variant="outline" color={TEXT_COLORS.neutral} radius="sm">
                {t('agendas.item.influence', { region: t(regionLabelKey(item.influenceRegion)) })}
              </Badge>
            )}
          </Group>
        )}
        {item.description && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.description}
          </Text>
        )}
        <ItemLinks links={item.links} />
        {item.silenceDeadline && <SilenceDeadline deadline={item.silenceDeadline} />}

        <ConsentChips consents={item.consents} itemTitle={item.title} />

        {speaks && canTakePosition(agenda, item) && (
          <Paper withBorder p="sm" bg="gray.0">
            <ConsentForm
              itemId={item.id}
              itemTitle={item.title}
              partner={speaks}
              partnerLabel={name(speaks)}
              current={ownPosition(item.consents, speaks)}
            />
          </Paper>
        )}

        {error != null && <ApiErrorAlert error={error} />}
        {open && (item.canEdit || agenda.isChair) && (
          <Group gap="xs">
            {item.canEdit && !closed && (
              <Button
                component={Link}
                to={`/meetings/${agenda.meetingId}/agenda/items/${item.id}/edit`}
                variant="default"
                size="xs"
                aria-label={t('agendas.actions.editNamed', { title: item.title })}
              >
                {t('agendas.actions.edit')}
              </Button>
            )}
            {item.canEdit && !closed && (
              <Button
                variant="default"
                size="xs"
                loading={withdrawState.loading}
                onClick={() => void run(() => withdraw({ variables: { id: item.id } }))}
                aria-label={t('agendas.actions.withdrawNamed', { title: item.title })}
              >
                {t('agendas.actions.withdraw')}
              </Button>
            )}
            {agenda.isChair && !closed && (
              <Button
                variant="default"
                size="xs"
                loading={deferState.loading}
                onClick={() => void run(() => defer({ variables: { id: item.id } }))}
                aria-label={t('agendas.actions.deferNamed', { title: item.title })}
              >
                {t('agendas.actions.defer')}
              </Button>
            )}
            {agenda.isChair && closed && (
              <Button
                variant="default"
                size="xs"
                loading={reinstateState.loading}
                onClick={() => void run(() => reinstate({ variables: { id: item.id } }))}
                aria-label={t('agendas.actions.reinstateNamed', { title: item.title })}
              >
                {t('agendas.actions.reinstate')}
              </Button>
            )}
            {agenda.isChair && !closed && item.state !== 'AGREED' && (
              <Button
                variant="default"
                size="xs"
                onClick={onOpenSilence}
                aria-label={t('agendas.actions.silenceNamed', { title: item.title })}
              >
                {t('agendas.actions.silence')}
              </Button>
            )}
          </Group>
        )}

        <ItemHistory history={item.history} />
        {raisedBefore}
      </Stack>
    </Paper>
  );
}
