import { useState } from 'react';
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { NoteCommentThreadFieldsFragment } from '../../../generated/graphql';
import {
  ReopenNoteCommentThreadMutation,
  ReplyToNoteCommentMutation,
  ResolveNoteCommentThreadMutation,
} from '../graphql/note-comments.operations';
import { COMMENT_SHORTCUT } from '../comment-extension';
import { describeShortcut, personWithPartner, shortcutPlatform } from '../display';
import { formatDateTime } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { currentLanguage } from '../../../i18n/i18n';
import type { Language } from '../../../i18n/language';
import { LoadingState } from '../../../app/layout/LoadingState';
import { CommentForm } from './CommentForm';
import './note-panels.css';

export type CommentThread = NoteCommentThreadFieldsFragment;

const PLATFORM = shortcutPlatform(typeof navigator === 'undefined' ? '' : navigator.platform);

/** The id of a thread's one-line description, which its highlight in the text points to. */
export const threadDescriptionId = (threadId: string) => `comment-thread-${threadId}-description`;

interface CommentsPanelProps {
  noteId: string;
  /** Threads in the order of their text in the note (detached ones last). */
  threads: readonly CommentThread[];
  loading: boolean;
  error: unknown;
  /** Threads whose text is in the note now; null while that is not known (no live editor). */
  located: ReadonlySet<string> | null;
  activeId: string | null;
  /** Staff who can read the note may comment; guests and the archived note are read-only. */
  canComment: boolean;
  /** A comment being started on this selection. */
  composer: { quote: string } | null;
  /** The Comment button was used without a selection. */
  selectFirst: boolean;
  showResolved: boolean;
  onShowResolved: (show: boolean) => void;
  onStart: (body: string, mentionUserIds: string[]) => Promise<void>;
  onCancelComposer: () => void;
  /** Selects the thread's text in the editor. */
  onShow: (threadId: string) => void;
}

function ThreadCard({
  thread,
  noteId,
  detached,
  active,
  canComment,
  language,
  onShow,
}: {
  thread: CommentThread;
  noteId: string;
  detached: boolean;
  active: boolean;
  canComment: boolean;
  language: Language;
  onShow: () => void;
}) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reply] = useMutation(ReplyToNoteCommentMutation);
  const [resolve, resolving] = useMutation(ResolveNoteCommentThreadMutation);
  const [reopen, reopening] = useMutation(ReopenNoteCommentThreadMutation);
  const resolved = thread.resolvedAt !== null;
  const quoteId = `comment-thread-${thread.id}-quote`;
  const first = thread.comments[0];

  async function toggleResolved() {
    setError(null);
    try {
      if (resolved) await reopen({ variables: { id: thread.id } });
      else await resolve({ variables: { id: thread.id } });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      className="comment-thread"
      id={`comment-thread-${thread.id}`}
      aria-labelledby={quoteId}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-active={active}
      data-resolved={resolved}
    >
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Box
            component="blockquote"
            className="comment-thread__quote"
            id={quoteId}
            onClick={detached ? undefined : onShow}
            style={{ cursor: detached ? undefined : 'pointer' }}
            data-testid="comment-thread-quote"
          >
            <VisuallyHidden>{t('notes.comments.on')} </VisuallyHidden>
            {`“${thread.quote}”`}
          </Box>
          <Group gap={4} wrap="nowrap">
            {resolved && (
              <Badge variant="outline" color="teal.9" size="sm">
                {t('notes.comments.resolved')}
              </Badge>
            )}
            {detached && (
              <Badge variant="outline" color="#a34400" size="sm" data-testid="comment-detached">
                {t('notes.comments.detached')}
              </Badge>
            )}
          </Group>
        </Group>
        {detached ? (
          <Text size="xs" c="gray.8">
            {t('notes.comments.detachedHelp')}
          </Text>
        ) : (
          <Box>
            <Button size="compact-xs" variant="default" onClick={onShow} aria-describedby={quoteId}>
              {t('notes.comments.showInText')}
            </Button>
          </Box>
        )}
        <Stack component="ul" gap={8} m={0} p={0} style={{ listStyle: 'none' }}>
          {thread.comments.map((comment) => (
            <li key={comment.id} data-testid="comment">
              <Group gap={6} align="baseline">
                <Text size="sm" fw={700}>
                  {personWithPartner(comment.author, language)}
                </Text>
                <Text size="xs" c="gray.8">
                  <time dateTime={comment.createdAt}>
                    {formatDateTime(comment.createdAt, language)}
                  </time>
                </Text>
              </Group>
              <Text size="sm" className="comment-thread__body">
                {comment.body}
              </Text>
              {comment.mentions.length > 0 && (
                <Text size="xs" c="gray.8" data-testid="comment-mentions">
                  {t('notes.comments.mentioned', {
                    names: comment.mentions.map((p) => p.displayName).join(', '),
                  })}
                </Text>
              )}
            </li>
          ))}
        </Stack>
        {first && (
          <VisuallyHidden id={threadDescriptionId(thread.id)}>
            {t('notes.comments.highlightDescription', {
              name: first.author.displayName,
              body: first.body,
            })}
          </VisuallyHidden>
        )}
        {resolved && thread.resolvedBy && (
          <Text size="xs" c="gray.8">
            {t('notes.comments.resolvedBy', {
              name: thread.resolvedBy.displayName,
              date: formatDateTime(thread.resolvedAt, language),
            })}
          </Text>
        )}
        {error != null && <ErrorAlert error={error} />}
        {replying && canComment && !resolved && (
          <CommentForm
            noteId={noteId}
            formLabel={t('notes.comments.reply')}
            label={t('notes.comments.replyLabel')}
            submitLabel={t('notes.comments.replySubmit')}
            action="reply"
            testId="comment-reply-form"
            onCancel={() => setReplying(false)}
            onSubmit={async (body, mentionUserIds) => {
              await reply({ variables: { input: { threadId: thread.id, body, mentionUserIds } } });
              setReplying(false);
            }}
          />
        )}
        {canComment && (!replying || resolved) && (
          <Group gap={6}>
            {!resolved && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setReplying(true)}
                aria-describedby={quoteId}
              >
                {t('notes.comments.reply')}
              </Button>
            )}
            {thread.canResolve && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => void toggleResolved()}
                loading={resolving.loading || reopening.loading}
                aria-describedby={quoteId}
              >
                {resolved ? t('notes.comments.reopen') : t('notes.comments.resolve')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Comment threads on the note's text: listed in the order of the text, each with its quote; the
 * text of each open thread is highlighted in the editor. Readers who cannot comment see them only.
 */
export function CommentsPanel({
  noteId,
  threads,
  loading,
  error,
  located,
  activeId,
  canComment,
  composer,
  selectFirst,
  showResolved,
  onShowResolved,
  onStart,
  onCancelComposer,
  onShow,
}: CommentsPanelProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const shown = showResolved ? threads : threads.filter((thread) => !thread.resolvedAt);
  const resolvedCount = threads.length - threads.filter((thread) => !thread.resolvedAt).length;
  const keys = describeShortcut(COMMENT_SHORTCUT, PLATFORM).label;

  return (
    <Stack gap="sm" data-testid="comments-panel">
      {canComment ? (
        !composer && (
          <Text size="sm" c="gray.8">
            {t('notes.comments.howTo', { keys })}
          </Text>
        )
      ) : (
        <Text size="sm" c="gray.8">
          {t('notes.comments.readOnly')}
        </Text>
      )}
      {selectFirst && !composer && (
        <Alert color="blue" variant="light" role="status" data-testid="comment-select-first">
          {t('notes.comments.selectFirst')}
        </Alert>
      )}
      {composer && canComment && (
        <Paper withBorder p="sm" radius="sm" bg="gray.0">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('notes.comments.newThread')}
            </Text>
            <Box component="blockquote" className="comment-thread__quote">
              <VisuallyHidden>{t('notes.comments.on')} </VisuallyHidden>
              {`“${composer.quote}”`}
            </Box>
            <CommentForm
              key={composer.quote}
              noteId={noteId}
              formLabel={t('notes.comments.newThread')}
              label={t('notes.comments.bodyLabel')}
              submitLabel={t('notes.comments.submit')}
              action="start"
              testId="comment-composer"
              onSubmit={onStart}
              onCancel={onCancelComposer}
            />
          </Stack>
        </Paper>
      )}
      <Switch
        label={t('notes.comments.showResolved', { resolved: resolvedCount })}
        checked={showResolved}
        onChange={(event) => onShowResolved(event.currentTarget.checked)}
      />
      {error != null && threads.length === 0 && (
        <ErrorAlert error={error} title={t('notes.comments.loadFailed')} />
      )}
      {loading && threads.length === 0 && <LoadingState label={t('notes.comments.loading')} />}
      {!loading && shown.length === 0 && (
        <Text size="sm">
          {showResolved ? t('notes.comments.empty') : t('notes.comments.emptyOpen')}
        </Text>
      )}
      {shown.length > 0 && (
        <Stack
          component="ol"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('notes.comments.listLabel')}
        >
          {shown.map((thread) => (
            <ThreadCard
              key={thread.id}
              thread={thread}
              noteId={noteId}
              detached={located !== null && !located.has(thread.id)}
              active={thread.id === activeId}
              canComment={canComment}
              language={language}
              onShow={() => onShow(thread.id)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
