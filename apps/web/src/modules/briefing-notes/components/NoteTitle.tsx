import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RenameBriefingNoteMutation } from '../graphql/briefing-notes.operations';
import {
  NOTE_TITLE_MAX,
  checkTitle,
  noteProblemKey,
  noteProblemOf,
  type NoteProblem,
} from '../problems';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';

interface NoteTitleProps {
  id: string;
  title: string;
  canEdit: boolean;
}

/** The note's title as the page heading; those who may edit can rename it in place. */
export function NoteTitle({ id, title, canEdit }: NoteTitleProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [problem, setProblem] = useState<NoteProblem | null>(null);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);
  const [rename, { loading }] = useMutation(RenameBriefingNoteMutation);

  function start() {
    setDraft(title);
    setProblem(null);
    setErrorCode(null);
    setEditing(true);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrorCode(null);
    const found = checkTitle(draft);
    setProblem(found);
    if (found) return;
    if (draft.trim() === title) {
      setEditing(false);
      return;
    }
    try {
      await rename({ variables: { input: { id, title: draft.trim() } } });
      setEditing(false);
    } catch (error) {
      const named = noteProblemOf(error);
      if (named) setProblem(named);
      else setErrorCode(errorCodeOf(error));
    }
  }

  if (!editing) {
    return (
      <Group gap="sm" align="center" wrap="nowrap">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {canEdit && (
          <Button
            variant="default"
            size="compact-sm"
            onClick={start}
            aria-label={t('notes.note.renameNote', { title })}
          >
            {t('notes.note.rename')}
          </Button>
        )}
      </Group>
    );
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-label={t('notes.note.rename')}>
      {/* The heading stays for assistive tech while the visible title is being edited. */}
      <VisuallyHidden>
        <Title order={1}>{title}</Title>
      </VisuallyHidden>
      {errorCode && <ErrorAlert code={errorCode} />}
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TextInput
          label={t('notes.fields.title')}
          value={draft}
          maxLength={NOTE_TITLE_MAX}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
          }}
          error={problem ? t(noteProblemKey(problem)) : undefined}
          style={{ flex: 1 }}
          size="md"
          data-autofocus
          autoFocus
        />
        <Group gap="xs" mt={30} wrap="nowrap">
          <Button type="submit" loading={loading}>
            {t('notes.note.save')}
          </Button>
          <Button variant="default" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
