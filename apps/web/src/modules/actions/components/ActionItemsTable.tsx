import { useState } from 'react';
import { Anchor, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '@berne/domain';
import type { ActionItemFieldsFragment } from '../../../generated/graphql';
import { UpdateActionItemMutation } from '../graphql/action-items.operations';
import { actionStatusLabelKey, dueState, isActionStatus } from '../due';
import { MeetingIcon } from '../../meetings/components/MeetingIcon';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { usePartners } from '../../meetings/hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { currentLanguage } from '../../../i18n/i18n';
import { dateLocale } from '../../meetings/time';

type Item = ActionItemFieldsFragment;

/** A due date as the user reads it, e.g. "31 March 2027". */
function formatDueDate(dueDate: string, locale: string): string {
  const date = new Date(`${dueDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return dueDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The due date, and how it stands: overdue in words and with an icon, not in red alone. */
export function DueCell({ item }: { item: Item }) {
  const { t, i18n } = useTranslation();
  const locale = dateLocale(currentLanguage(i18n.resolvedLanguage));
  const state = dueState(item);
  return (
    <Stack gap={4}>
      <time dateTime={item.dueDate}>{formatDueDate(item.dueDate, locale)}</time>
      {state.kind === 'overdue' && (
        <Text size="xs" fw={700} c="red.9" component="div" data-testid="overdue-badge">
          <Group gap={4} wrap="nowrap">
            <MeetingIcon name="alert" size={14} />
            <span>{t('actions.due.overdue', { count: state.days })}</span>
          </Group>
        </Text>
      )}
      {state.kind === 'today' && (
        <Text size="xs" fw={600}>
          {t('actions.due.today')}
        </Text>
      )}
      {state.kind === 'upcoming' && (
        <Text size="xs" c="dimmed">
          {t('actions.due.inDays', { count: state.days })}
        </Text>
      )}
    </Stack>
  );
}

interface ActionItemsTableProps {
  items: readonly Item[];
  label: string;
  /** Show the meeting each item came from (on "My actions"; not on the meeting's own page). */
  withMeeting?: boolean;
  testId?: string;
}

/** Action items with their owner, assignee, due date and a status the editors can change. */
export function ActionItemsTable({
  items,
  label,
  withMeeting = false,
  testId,
}: ActionItemsTableProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { byCode } = usePartners();
  const [update] = useMutation(UpdateActionItemMutation);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState<string | null>(null);

  async function setStatus(item: Item, value: string) {
    if (!isActionStatus(value) || value === item.status) return;
    setError(null);
    setSaving(item.id);
    try {
      await update({ variables: { input: { id: item.id, status: value } } });
    } catch (caught) {
      setError(caught);
    }
    setSaving(null);
  }

  return (
    <Stack gap="xs">
      {error != null && <ApiErrorAlert error={error} />}
      <Table.ScrollContainer minWidth={withMeeting ? 900 : 760}>
        <Table striped aria-label={label} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('actions.fields.title')}</Table.Th>
              {withMeeting && <Table.Th scope="col">{t('actions.fields.meeting')}</Table.Th>}
              <Table.Th scope="col">{t('actions.fields.owner')}</Table.Th>
              <Table.Th scope="col">{t('actions.fields.assignee')}</Table.Th>
              <Table.Th scope="col">{t('actions.fields.due')}</Table.Th>
              <Table.Th scope="col">{t('actions.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => {
              const owner = byCode(item.ownerPartner);
              return (
                <Table.Tr
                  key={item.id}
                  data-testid="action-item"
                  data-overdue={item.overdue}
                  style={
                    item.overdue
                      ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-red-9)' }
                      : undefined
                  }
                >
                  <Table.Td>
                    <Text fw={500} size="sm">
                      {item.title}
                    </Text>
                    {item.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {item.description}
                      </Text>
                    )}
                  </Table.Td>
                  {withMeeting && (
                    <Table.Td>
                      {item.meeting ? (
                        <Anchor component={Link} to={`/meetings/${item.meeting.id}`} size="sm">
                          {item.meeting.title}
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('actions.noMeeting')}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>{owner ? partnerName(owner, language) : item.ownerPartner}</Table.Td>
                  <Table.Td>{item.assignee?.displayName ?? t('actions.unassigned')}</Table.Td>
                  <Table.Td>
                    <DueCell item={item} />
                  </Table.Td>
                  <Table.Td>
                    {item.canEdit ? (
                      <Group gap="xs" wrap="nowrap">
                        <NativeSelect
                          aria-label={t('actions.statusOf', { title: item.title })}
                          data={ACTION_STATUSES.map((s) => ({
                            value: s,
                            label: t(actionStatusLabelKey(s)),
                          }))}
                          value={item.status}
                          onChange={(event) => void setStatus(item, event.currentTarget.value)}
                          disabled={saving === item.id}
                          size="xs"
                          miw={130}
                        />
                      </Group>
                    ) : (
                      <Text size="sm">{t(actionStatusLabelKey(item.status))}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
