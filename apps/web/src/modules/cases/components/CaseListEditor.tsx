import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_LIMITS } from '@berne/domain';
import type { MeetingCaseListFieldsFragment } from '../../../generated/graphql';
import { TEXT_COLORS } from '../../meetings/display';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { SetMeetingCaseListMutation } from '../graphql/cases.operations';
import {
  CASE_LIST_MAX,
  addEntry,
  isListChanged,
  listInput,
  listProblems,
  moveEntry,
  removeEntry,
  setRequest,
  type DraftEntry,
} from '../list-editing';
import { isDemoCase } from '../display';
import { CaseStatusBadge, DemoCaseBadge } from './CaseBadges';
import { CasePicker } from './CasePicker';

export function draftOf(entries: MeetingCaseListFieldsFragment['entries']): DraftEntry[] {
  return entries.map((e) => ({
    caseId: e.case.id,
    reference: e.case.reference,
    name: e.case.name,
    status: e.case.status,
    request: e.request,
  }));
}

type FocusTarget = { caseId: string; button: 'up' | 'down' } | { picker: true };

/**
 * The list being prepared: cases in order with what is asked for each; add (search), remove,
 * move up and down (buttons, so the keyboard does it all), edit the requests, save. Changes stay
 * in the page until saved.
 */
export function CaseListEditor({
  meetingId,
  list,
  onDirtyChange,
}: {
  meetingId: string;
  list: MeetingCaseListFieldsFragment;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const saved = draftOf(list.entries);
  const [draft, setDraft] = useState<DraftEntry[]>(saved);
  const [announcement, setAnnouncement] = useState('');
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  // Where the keyboard focus goes once the list has re-rendered after a move or a removal.
  const pendingFocus = useRef<FocusTarget | null>(null);
  const pickerRef = useRef<HTMLDivElement>(null);
  const [save, state] = useMutation(SetMeetingCaseListMutation);
  const dirty = isListChanged(saved, draft);
  const problems = listProblems(draft);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    if ('picker' in focus) pickerRef.current?.querySelector('input')?.focus();
    else {
      const wanted = buttons.current.get(`${focus.caseId}:${focus.button}`);
      const other = buttons.current.get(`${focus.caseId}:${focus.button === 'up' ? 'down' : 'up'}`);
      (wanted && !wanted.disabled ? wanted : other)?.focus();
    }
  });

  function change(next: DraftEntry[]) {
    setDraft(next);
    setSavedCount(null);
  }
  function move(index: number, by: -1 | 1) {
    const entry = draft[index];
    const to = index + by;
    if (!entry || to < 0 || to >= draft.length) return;
    change(moveEntry(draft, index, to));
    setAnnouncement(
      t('cases.meetingList.moved', { name: entry.name, position: to + 1, count: draft.length }),
    );
    pendingFocus.current = { caseId: entry.caseId, button: by < 0 ? 'up' : 'down' };
  }
  function remove(entry: DraftEntry) {
    change(removeEntry(draft, entry.caseId));
    setAnnouncement(t('cases.meetingList.removed', { name: entry.name }));
    pendingFocus.current = { picker: true };
  }
  async function submit() {
    if (problems.length) return;
    try {
      const result = await save({
        variables: { input: { meetingId, entries: listInput(draft) } },
      });
      const entries = result.data?.setMeetingCaseList.entries;
      if (entries) setDraft(draftOf(entries));
      setSavedCount(draft.length);
    } catch {
      // Shown by the alert with the API's sentence.
    }
  }

  return (
    <Stack gap="sm">
      <Text role="status" aria-live="polite" size="sm" data-testid="list-announcement">
        {announcement}
      </Text>
      {draft.length === 0 ? (
        <Text size="sm" data-testid="list-empty">
          {t('cases.meetingList.empty')}
        </Text>
      ) : (
        <ol style={{ margin: 0, padding: 0, listStyle: 'none' }} data-testid="list-entries">
          {draft.map((entry, index) => {
            const tooLong = problems.some(
              (p) => p.code === 'requestTooLong' && p.caseId === entry.caseId,
            );
            return (
              <li key={entry.caseId} style={{ marginBottom: 8 }}>
                <Paper withBorder p="sm" data-testid="list-entry" data-case-id={entry.caseId}>
                  <Stack gap={6}>
                    <Group gap="xs" justify="space-between" wrap="wrap">
                      <Group gap="xs">
                        <Text fw={700} size="sm" data-testid="entry-position">
                          {index + 1}.
                        </Text>
                        <Text span ff="monospace" size="sm">
                          {entry.reference}
                        </Text>
                        <Anchor component={Link} to={`/cases/${entry.caseId}`} size="sm" fw={600}>
                          {entry.name}
                        </Anchor>
                        <CaseStatusBadge status={entry.status} />
                        {isDemoCase(entry.reference) && <DemoCaseBadge />}
                      </Group>
                      <Group gap={6}>
                        <Button
                          size="xs"
                          variant="default"
                          ref={(el) => {
                            buttons.current.set(`${entry.caseId}:up`, el);
                          }}
                          disabled={index === 0}
                          onClick={() => move(index, -1)}
                          aria-label={t('cases.meetingList.moveUpNamed', { name: entry.name })}
                        >
                          {t('cases.meetingList.moveUp')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          ref={(el) => {
                            buttons.current.set(`${entry.caseId}:down`, el);
                          }}
                          disabled={index === draft.length - 1}
                          onClick={() => move(index, 1)}
                          aria-label={t('cases.meetingList.moveDownNamed', { name: entry.name })}
                        >
                          {t('cases.meetingList.moveDown')}
                        </Button>
                        <Button
                          size="xs"
                          variant="outline"
                          color={TEXT_COLORS.bad}
                          onClick={() => remove(entry)}
                          aria-label={t('cases.meetingList.removeNamed', { name: entry.name })}
                        >
                          {t('cases.meetingList.remove')}
                        </Button>
                      </Group>
                    </Group>
                    <Textarea
                      label={t('cases.meetingList.requestFor', { name: entry.name })}
                      value={entry.request}
                      onChange={(e) =>
                        change(setRequest(draft, entry.caseId, e.currentTarget.value))
                      }
                      autosize
                      minRows={1}
                      maxLength={CASE_LIMITS.text + 100}
                      error={
                        tooLong ? t('cases.problems.tooLong', { max: CASE_LIMITS.text }) : undefined
                      }
                    />
                  </Stack>
                </Paper>
              </li>
            );
          })}
        </ol>
      )}

      <Paper withBorder p="sm" bg="gray.0" component="section" aria-labelledby="add-case-heading">
        <Title order={3} size="h5" id="add-case-heading" mb={4}>
          {t('cases.meetingList.addHeading')}
        </Title>
        <div ref={pickerRef}>
          <CasePicker
            label={t('cases.meetingList.add')}
            exclude={draft.map((e) => e.caseId)}
            onPick={(picked) => {
              change(
                addEntry(draft, {
                  caseId: picked.id,
                  reference: picked.reference,
                  name: picked.name,
                  status: picked.status,
                  request: '',
                }),
              );
              setAnnouncement(
                t('cases.meetingList.added', { name: picked.name, position: draft.length + 1 }),
              );
            }}
          />
        </div>
      </Paper>

      {problems.some((p) => p.code === 'tooMany') && (
        <Alert color="red" variant="light" role="alert">
          {t('cases.meetingList.tooMany', { max: CASE_LIST_MAX })}
        </Alert>
      )}
      {state.error && <ApiErrorAlert error={state.error} />}
      {savedCount !== null && !dirty && (
        <Alert color="green" variant="light" role="status" data-testid="list-saved">
          {t('cases.meetingList.saved', { count: savedCount })}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => void submit()}
          loading={state.loading}
          disabled={!dirty || problems.length > 0}
          data-testid="save-list"
        >
          {t('cases.meetingList.save')}
        </Button>
        {dirty && (
          <Button
            variant="default"
            onClick={() => {
              change(saved);
              setAnnouncement(t('cases.meetingList.discarded'));
            }}
          >
            {t('cases.meetingList.discard')}
          </Button>
        )}
        {dirty && (
          <Text size="sm" c={TEXT_COLORS.warning} fw={600} data-testid="unsaved">
            {t('cases.meetingList.unsaved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
