import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  NativeSelect,
  Select,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/fr';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATIONS,
  isClassification,
  isPartnerCode,
  type Classification,
  type PartnerCode,
} from '@berne/domain';
import {
  ActionItemAssigneesQuery,
  CreateActionItemMutation,
} from '../graphql/action-items.operations';
import { isCalendarDate } from '../due';
import { classificationLabelKey } from '../../briefing-notes/classification';
import { usePartners } from '../../meetings/hooks/usePartners';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { partnerName } from '../../partners/partner-display';
import { currentLanguage } from '../../../i18n/i18n';
import '../../meetings/styles';

export const ACTION_TITLE_MAX = 200;

interface CreateActionItemFormProps {
  meetingId: string;
  /** The user's partner: what they record items for (the secretariat chooses any). */
  ownPartner: PartnerCode | null;
  isSecretariat: boolean;
}

/** Records an action item coming out of a meeting: what, who, by when. */
export function CreateActionItemForm({
  meetingId,
  ownPartner,
  isSecretariat,
}: CreateActionItemFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const { partners } = usePartners();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<PartnerCode | null>(ownPartner);
  const [classification, setClassification] = useState<Classification>('PARTNERS');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [dueError, setDueError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);

  const assignees = useQuery(ActionItemAssigneesQuery, {
    variables: { ownerPartner: owner, classification },
    skip: !owner,
  });
  const [create, { loading }] = useMutation(CreateActionItemMutation, {
    refetchQueries: ['MeetingActionItems', 'MyActionItems'],
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setCreated(null);
    const trimmed = title.trim();
    const badTitle = !trimmed
      ? t('actions.problems.titleRequired')
      : trimmed.length > ACTION_TITLE_MAX
        ? t('actions.problems.titleTooLong', { max: ACTION_TITLE_MAX })
        : null;
    const badDue = !dueDate || !isCalendarDate(dueDate) ? t('actions.problems.dueDate') : null;
    setTitleError(badTitle);
    setDueError(badDue);
    if (badTitle || badDue || !dueDate) return;
    try {
      await create({
        variables: {
          input: {
            meetingId,
            title: trimmed,
            description: description.trim() || null,
            dueDate,
            classification,
            ...(owner && owner !== ownPartner ? { ownerPartner: owner } : {}),
            ...(assigneeId ? { assigneeId } : {}),
          },
        },
      });
      setCreated(trimmed);
      setTitle('');
      setDescription('');
      setAssigneeId(null);
      setDueDate(null);
    } catch (caught) {
      setError(caught);
    }
  }

  const people = assignees.data?.actionItemAssignees ?? [];

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby="new-action-heading"
      >
        <Stack gap="sm" maw={760}>
          <Title order={3} id="new-action-heading">
            {t('actions.create.title')}
          </Title>
          {error != null && <ApiErrorAlert error={error} />}
          <TextInput
            label={t('actions.fields.title')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={titleError}
            required
            withAsterisk={false}
            maxLength={ACTION_TITLE_MAX + 50}
            autoComplete="off"
          />
          <Textarea
            label={t('actions.fields.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group grow align="flex-start">
            {isSecretariat ? (
              <NativeSelect
                label={t('actions.fields.owner')}
                data={partners.map((p) => ({ value: p.code, label: partnerName(p, language) }))}
                value={owner ?? ''}
                onChange={(event) => {
                  const code = event.currentTarget.value;
                  setOwner(isPartnerCode(code) ? code : null);
                  setAssigneeId(null);
                }}
              />
            ) : (
              <TextInput
                label={t('actions.fields.owner')}
                value={(() => {
                  const own = partners.find((p) => p.code === ownPartner);
                  return own ? partnerName(own, language) : '';
                })()}
                readOnly
              />
            )}
            <NativeSelect
              label={t('actions.fields.classification')}
              data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(classificationLabelKey(c)) }))}
              value={classification}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isClassification(value)) setClassification(value);
              }}
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('actions.fields.assignee')}
              placeholder={t('actions.unassigned')}
              data={people.map((p) => ({ value: p.id, label: p.displayName }))}
              value={assigneeId}
              onChange={setAssigneeId}
              searchable
              clearable
              nothingFoundMessage={t('actions.create.noAssignee')}
            />
            <DateInput
              label={t('actions.fields.due')}
              description={t('actions.create.dueHelp')}
              placeholder="YYYY-MM-DD"
              valueFormat="YYYY-MM-DD"
              value={dueDate}
              onChange={setDueDate}
              error={dueError}
              nextLabel={t('polls.new.nextMonth')}
              previousLabel={t('polls.new.previousMonth')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={loading}>
              {t('actions.create.submit')}
            </Button>
            {created && (
              <span role="status" aria-live="polite">
                {t('actions.create.done', { title: created })}
              </span>
            )}
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
