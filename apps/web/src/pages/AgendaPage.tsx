import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/layout/usePageTitle';
import { LoadingState } from '../app/layout/LoadingState';
import { currentLanguage } from '../i18n/i18n';
import { MeetingQuery } from '../modules/meetings/graphql/meetings.operations';
import { usePartners } from '../modules/meetings/hooks/usePartners';
import { ApiErrorAlert } from '../modules/meetings/components/ApiErrorAlert';
import { TEXT_COLORS } from '../modules/meetings/display';
import { formatRangeInZone } from '../modules/meetings/time';
import { partnerName } from '../modules/partners/partner-display';
import { ErrorAlert } from '../modules/errors/components/ErrorAlert';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { AgendaQuery, ReorderAgendaMutation } from '../modules/agendas/graphql/agendas.operations';
import { useAgendaLive } from '../modules/agendas/hooks/useAgendaLive';
import { movable, moveBy } from '../modules/agendas/ordering';
import { AgendaItemCard } from '../modules/agendas/components/AgendaItemCard';
import { AllocationBar } from '../modules/agendas/components/AllocationBar';
import { LockControls } from '../modules/agendas/components/LockControls';
import { VersionsPanel } from '../modules/agendas/components/VersionsPanel';
import { SpeakersPanel } from '../modules/agendas/components/SpeakersPanel';
import { SilenceModal } from '../modules/agendas/components/SilenceModal';
import { SuggestionsPanel } from '../modules/agendas/components/SuggestionsPanel';
import { ItemRaisedBefore } from '../modules/agendas/components/RaisedBefore';
import { AgendaExportMenu } from '../modules/agendas/components/AgendaExportMenu';
import { SortableAgendaList } from '../modules/agendas/components/SortableAgendaList';
import '../modules/agendas/styles';

const LIVE_QUERIES = ['Agenda', 'AgendaVersions', 'AgendaSuggestions', 'AgendaSpeakers'];

/** What the proposal and edit pages say they did, passed in router state. */
function doneNotice(state: unknown): { done: 'proposed' | 'edited'; title: string } | null {
  if (!state || typeof state !== 'object') return null;
  const { done, title } = state as Record<string, unknown>;
  return (done === 'proposed' || done === 'edited') && typeof title === 'string'
    ? { done, title }
    : null;
}

/**
 * A meeting's joint agenda: items in order with their state, time and each delegation's position;
 * the caller's delegation takes its position; the chair orders, defers, opens silence procedures,
 * locks and reopens. Changes by others arrive live and say who made them.
 */
export function AgendaPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const me = useCurrentUser();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const { byCode } = usePartners();
  const meetingQuery = useQuery(MeetingQuery, { variables: { id } });
  const { data, loading, error } = useQuery(AgendaQuery, {
    variables: { meetingId: id },
    fetchPolicy: 'cache-and-network',
  });
  const meeting = meetingQuery.data?.meeting;
  const agenda = data?.agenda;
  const title = meeting
    ? t('agendas.page.titleOf', { meeting: meeting.title })
    : t('agendas.page.title');
  usePageTitle(title);
  const { updatedBy } = useAgendaLive(id, me.displayName, LIVE_QUERIES);

  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  const [focusMove, setFocusMove] = useState<{ id: string; dir: 'up' | 'down' | 'drag' } | null>(
    null,
  );
  const [orderStatus, setOrderStatus] = useState('');
  const [orderError, setOrderError] = useState<unknown>(null);
  const [silenceItem, setSilenceItem] = useState<{ id: string; title: string } | null>(null);
  const [reorder, reorderState] = useMutation(ReorderAgendaMutation);

  // "Proposed: …" is said once: kept for this visit, dropped from the history entry so a reload
  // or the back button does not say it again.
  const navigate = useNavigate();
  const [done] = useState(() => doneNotice(location.state));
  const cleared = useRef(false);
  useEffect(() => {
    if (!done || cleared.current) return;
    cleared.current = true;
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: null },
    );
  }, [done, navigate, location.pathname, location.search, location.hash]);

  const serverIds = agenda?.items.map((item) => item.id) ?? [];
  // The new order shows at once; the API's answer (or a refetch) replaces it.
  const ids =
    pendingOrder &&
    pendingOrder.length === serverIds.length &&
    pendingOrder.every((i) => serverIds.includes(i))
      ? pendingOrder
      : serverIds;
  const items = ids.flatMap((itemId) => agenda?.items.find((i) => i.id === itemId) ?? []);

  // Keep the keyboard on the item that moved (its node may have been re-inserted).
  useEffect(() => {
    if (!focusMove) return;
    const button = document.querySelector<HTMLElement>(
      focusMove.dir === 'drag'
        ? `[data-drag="${focusMove.id}"]`
        : `[data-move="${focusMove.id}:${focusMove.dir}"]`,
    );
    if (button && document.activeElement !== button) button.focus();
  }, [focusMove, ids.join()]); // eslint-disable-line react-hooks/exhaustive-deps

  // Links from continuity views and search open the agenda at one item (?item=…).
  const targetItem = searchParams.get('item');
  const hasItems = Boolean(agenda?.items.length);
  useEffect(() => {
    if (!targetItem || !hasItems) return;
    const article = document.querySelector<HTMLElement>(
      `[data-item-id="${CSS.escape(targetItem)}"]`,
    );
    if (!article) return;
    article.setAttribute('tabindex', '-1');
    article.scrollIntoView({ block: 'start' });
    article.focus({ preventScroll: true });
  }, [targetItem, hasItems]);

  if ((loading && !agenda) || (meetingQuery.loading && !meeting)) {
    return <LoadingState label={t('agendas.page.loading')} />;
  }
  if (!agenda || !meeting) {
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('agendas.page.title')}</Title>
        <ErrorAlert
          error={error ?? meetingQuery.error}
          code={error || meetingQuery.error ? undefined : 'NOT_FOUND'}
        />
        <Anchor component={Link} to="/meetings">
          {t('meetings.backToCalendar')}
        </Anchor>
      </Stack>
    );
  }

  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
  const open = agenda.status === 'OPEN';
  const canPropose = open && (Boolean(agenda.memberOf) || agenda.isChair);

  // The chair reorders by dragging an item's handle (pointer, or the keyboard through dnd-kit), or
  // with its move buttons and the Up/Down arrow keys on them; both save through reorderAgenda.
  async function applyOrder(next: string[], itemId: string, focus: 'up' | 'down' | 'drag') {
    if (reorderState.loading) return;
    const item = items.find((i) => i.id === itemId);
    setOrderError(null);
    setPendingOrder(next);
    setFocusMove({ id: itemId, dir: focus });
    setOrderStatus(
      t('agendas.order.moved', {
        title: item?.title ?? '',
        n: next.indexOf(itemId) + 1,
        count: next.length,
      }),
    );
    try {
      await reorder({ variables: { meetingId: id, itemIds: next } });
    } catch (caught) {
      setOrderError(caught);
      setOrderStatus('');
    }
    setPendingOrder(null);
  }

  function move(itemId: string, delta: -1 | 1) {
    const next = moveBy(ids, itemId, delta);
    if (next) void applyOrder(next, itemId, delta < 0 ? 'up' : 'down');
  }

  const roleLine = agenda.isChair
    ? t('agendas.page.youChair')
    : agenda.speaksFor
      ? t('agendas.page.youSpeakFor', { partner: name(agenda.speaksFor) })
      : agenda.memberOf
        ? t('agendas.page.youAreMember', { partner: name(agenda.memberOf) })
        : t('agendas.page.youRead');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/meetings/${meeting.id}`} size="sm">
        {t('agendas.page.backToMeeting')}
      </Anchor>
      <div>
        <Group gap="sm" mb="xs">
          <Badge
            variant="outline"
            color={open ? TEXT_COLORS.good : TEXT_COLORS.info}
            data-testid="agenda-status"
          >
            {open
              ? t('agendas.page.open')
              : t('agendas.page.lockedVersion', { version: agenda.version })}
          </Badge>
        </Group>
        <Title order={1}>{title}</Title>
        <Text mt="xs">
          {formatRangeInZone(meeting.startsAt, meeting.endsAt, meeting.timeZone, language)} (
          {meeting.timeZone}) · {[meeting.venue, meeting.city].filter(Boolean).join(', ')}
        </Text>
        <Text size="sm" mt={4}>
          {t('agendas.page.participants', {
            partners: agenda.partnerCodes.map(name).join(', '),
          })}
        </Text>
      </div>

      <Text
        role="status"
        aria-live="polite"
        size="sm"
        fw={600}
        c={TEXT_COLORS.info}
        data-testid="agenda-live-notice"
      >
        {updatedBy ? t('agendas.page.updatedBy', { name: updatedBy }) : ''}
      </Text>
      {done && (
        <Alert color="green" variant="light" role="status" data-testid="agenda-done">
          {t(done.done === 'proposed' ? 'agendas.page.proposed' : 'agendas.page.edited', {
            title: done.title,
          })}
        </Alert>
      )}

      <Group gap="sm">
        {canPropose && (
          <Button component={Link} to={`/meetings/${meeting.id}/agenda/propose`}>
            {t('agendas.page.propose')}
          </Button>
        )}
        <AgendaExportMenu meetingId={meeting.id} />
      </Group>
      <Text size="sm" data-testid="agenda-role">
        {roleLine}
      </Text>

      <LockControls agenda={agenda} />
      <AllocationBar allocated={agenda.allocatedMinutes} meetingMinutes={agenda.meetingMinutes} />

      <Stack gap="sm" component="section" aria-labelledby="agenda-items-heading">
        <Title order={2} id="agenda-items-heading">
          {t('agendas.page.items', { count: items.length })}
        </Title>
        {agenda.isChair && open && items.length > 1 && (
          <Text size="sm" c="dimmed">
            {t('agendas.order.help')}
          </Text>
        )}
        <Text size="sm" role="status" aria-live="polite" className="order-status">
          {orderStatus}
        </Text>
        {orderError != null && <ApiErrorAlert error={orderError} />}
        {items.length === 0 ? (
          <Text>{t('agendas.page.empty')}</Text>
        ) : (
          <SortableAgendaList
            items={items}
            enabled={agenda.isChair && open && items.length > 1}
            onReorder={(next, movedId) => void applyOrder(next, movedId, 'drag')}
            renderItem={(item, index, handle) => {
              const can = movable(ids, item.id);
              return (
                <AgendaItemCard
                  item={item}
                  number={index + 1}
                  count={items.length}
                  agenda={agenda}
                  onMove={agenda.isChair ? (delta) => move(item.id, delta) : undefined}
                  canMoveUp={can.up}
                  canMoveDown={can.down}
                  reordering={reorderState.loading}
                  onOpenSilence={() => setSilenceItem({ id: item.id, title: item.title })}
                  raisedBefore={
                    item.themeCodes.length > 0 ? <ItemRaisedBefore itemId={item.id} /> : null
                  }
                  dragHandle={handle}
                />
              );
            }}
          />
        )}
      </Stack>

      <SuggestionsPanel meetingId={meeting.id} canPropose={canPropose} />
      {agenda.memberOf && (
        <SpeakersPanel
          partner={agenda.memberOf}
          partnerLabel={name(agenda.memberOf)}
          canManage={me.role === 'COORDINATOR'}
        />
      )}
      <VersionsPanel meetingId={meeting.id} />

      <SilenceModal item={silenceItem} onClose={() => setSilenceItem(null)} />
    </Stack>
  );
}
