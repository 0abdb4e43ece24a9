import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BriefingNoteMentionableQuery } from '../graphql/note-comments.operations';
import {
  COMMENT_MAX,
  checkCommentBody,
  commentProblemKey,
  commentProblemOf,
  type CommentProblem,
} from '../comments';
import { personWithPartner } from '../display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';

interface CommentFormProps {
  noteId: string;
  /** What the form is for ("New comment", "Reply"), its accessible name. */
  formLabel: string;
  /** The visible label of the text box ("Your comment", "Your reply"). */
  label: string;
  submitLabel: string;
  action: 'start' | 'reply';
  /** Sends the comment; throws what the API answered. */
  onSubmit: (body: string, mentionUserIds: string[]) => Promise<void>;
  onCancel?: () => void;
  testId?: string;
}

const MAX_MENTIONS = 20;

/**
 * A comment box with the people to mention next to it: a searchable list of those who can open
 * the note (the API refuses anyone else). Mentioned people are notified.
 */
export function CommentForm({
  noteId,
  formLabel,
  label,
  submitLabel,
  action,
  onSubmit,
  onCancel,
  testId,
}: CommentFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [problem, setProblem] = useState<{ problem: CommentProblem; names?: string[] } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const mentionable = useQuery(BriefingNoteMentionableQuery, { variables: { noteId } });
  const people = mentionable.data?.briefingNoteMentionable ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const found = checkCommentBody(body);
    setProblem(found ? { problem: found } : null);
    if (found) return;
    setSending(true);
    try {
      await onSubmit(body.trim(), mentions);
      setBody('');
      setMentions([]);
    } catch (e) {
      const named = commentProblemOf(e, action);
      if (named) setProblem(named);
      else setError(e);
    } finally {
      setSending(false);
    }
  }

  const bodyProblem =
    problem && (problem.problem === 'bodyRequired' || problem.problem === 'bodyTooLong')
      ? t(commentProblemKey(problem.problem))
      : undefined;
  const mentionProblem =
    problem && (problem.problem === 'cannotMention' || problem.problem === 'tooManyMentions')
      ? t(commentProblemKey(problem.problem), { names: (problem.names ?? []).join(', ') })
      : undefined;
  const otherProblem = problem && !bodyProblem && !mentionProblem ? problem.problem : null;

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={formLabel}
      data-testid={testId}
    >
      <Stack gap={6}>
        {error != null && <ErrorAlert error={error} />}
        {otherProblem && <ProblemAlert>{t(commentProblemKey(otherProblem))}</ProblemAlert>}
        <Textarea
          label={label}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={COMMENT_MAX + 100}
          error={bodyProblem}
          data-autofocus
          autoFocus
        />
        <MultiSelect
          label={t('notes.comments.mentions.label')}
          description={t('notes.comments.mentions.description')}
          placeholder={mentions.length ? undefined : t('notes.comments.mentions.placeholder')}
          data={people.map((person) => ({
            value: person.id,
            label: personWithPartner(person, language),
          }))}
          value={mentions}
          onChange={setMentions}
          searchable
          hidePickedOptions
          maxValues={MAX_MENTIONS}
          nothingFoundMessage={t('notes.comments.mentions.nothingFound')}
          error={mentionProblem}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" size="compact-md" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" size="compact-md" loading={sending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ProblemAlert({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')}>
      {children}
    </Alert>
  );
}
