import { useEffect, useState } from 'react';
import { Alert, Group, Stack } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useCollabDocument, type CollabSession } from '../../../collab/useCollabDocument';
import type { CommentHighlightsState } from '../../../collab/comment-highlights';
import { usePresence } from '../../../collab/usePresence';
import type { AwarenessUser } from '../../../collab/presence';
import { LoadingState } from '../../../app/layout/LoadingState';
import { ConnectionIndicator } from './ConnectionIndicator';
import { PresenceList } from './PresenceList';
import { NoteEditor } from './NoteEditor';

interface NoteLiveEditorProps {
  docName: string;
  title: string;
  /** The API lets the user edit (false for readers and once archived). */
  canEdit: boolean;
  user: AwarenessUser;
  /** The server closed the document (access revoked, note archived): the page reloads the note. */
  onClosed: () => void;
  /** Staff may comment on what they can read. */
  canComment: boolean;
  /** The Comment button or shortcut was used. */
  onComment?: () => void;
  /** Where the comment threads' text is, after each change. */
  onHighlights?: (state: CommentHighlightsState) => void;
  /** Commented text was clicked. */
  onActivateThread?: (threadId: string) => void;
  /** The open editor and its document, for comments and versions (null while there is none). */
  onReady?: (handle: NoteEditorHandle | null) => void;
}

/** What the page needs from the live editor: the editor itself and the document it is bound to. */
export interface NoteEditorHandle {
  editor: Editor;
  session: CollabSession;
}

/** The live document of a note: connection, who is here, and the editor itself. */
export function NoteLiveEditor({
  docName,
  title,
  canEdit,
  user,
  onClosed,
  canComment,
  onComment,
  onHighlights,
  onActivateThread,
  onReady,
}: NoteLiveEditorProps) {
  const { t } = useTranslation();
  const { session, state } = useCollabDocument(docName, user.id);
  const [editor, setEditor] = useState<Editor | null>(null);
  const present = usePresence(session, user.id);
  const editable = canEdit && !state.readOnly && state.status !== 'closed';
  const readOnly = !canEdit || state.readOnly;
  const closedCode = state.status === 'closed' ? state.error?.code : undefined;

  useEffect(() => {
    if (closedCode === 'NOT_FOUND' || closedCode === 'FORBIDDEN') onClosed();
  }, [closedCode, onClosed]);

  useEffect(() => {
    if (!onReady) return;
    onReady(editor && session && !editor.isDestroyed ? { editor, session } : null);
  }, [editor, session, onReady]);
  useEffect(() => (onReady ? () => onReady(null) : undefined), [onReady]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <ConnectionIndicator state={state} />
        <PresenceList users={present} />
      </Group>
      {readOnly && state.status !== 'closed' && (
        <Alert color="gray" variant="light" data-testid="read-only-notice">
          {t('notes.note.readOnlyNotice')}
        </Alert>
      )}
      {session ? (
        <NoteEditor
          key={session.docName}
          session={session}
          user={user}
          editable={editable}
          title={title}
          canComment={canComment && state.status !== 'closed'}
          onComment={onComment}
          onEditor={setEditor}
          onHighlights={onHighlights}
          onActivateThread={onActivateThread}
        />
      ) : (
        <LoadingState label={t('notes.editor.loading')} />
      )}
    </Stack>
  );
}
