import { useEffect } from 'react';
import { Alert, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCollabDocument } from '../../../collab/useCollabDocument';
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
}

/** The live document of a note: connection, who is here, and the editor itself. */
export function NoteLiveEditor({ docName, title, canEdit, user, onClosed }: NoteLiveEditorProps) {
  const { t } = useTranslation();
  const { session, state } = useCollabDocument(docName, user.id);
  const present = usePresence(session, user.id);
  const editable = canEdit && !state.readOnly && state.status !== 'closed';
  const readOnly = !canEdit || state.readOnly;
  const closedCode = state.status === 'closed' ? state.error?.code : undefined;

  useEffect(() => {
    if (closedCode === 'NOT_FOUND' || closedCode === 'FORBIDDEN') onClosed();
  }, [closedCode, onClosed]);

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
        />
      ) : (
        <LoadingState label={t('notes.editor.loading')} />
      )}
    </Stack>
  );
}
