import { memo, useEffect } from 'react';
import { Box } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { StarterKit } from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../../../collab/useCollabDocument';
import type { AwarenessUser } from '../../../collab/presence';
import { EditorToolbar } from './EditorToolbar';
import { renderCaret } from './caret';
import './note-editor.css';

interface NoteEditorProps {
  session: CollabSession;
  /** Written into this editor's awareness state; the server replaces it with what it knows. */
  user: AwarenessUser;
  editable: boolean;
  title: string;
}

const CONTENT_ID = 'note-editor-content';

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    'aria-label': label,
    'aria-multiline': 'true',
    'aria-readonly': String(!editable),
    role: 'textbox',
    'data-testid': 'note-editor',
    id: CONTENT_ID,
    spellcheck: 'true',
  };
}

/**
 * The note's content as a TipTap editor bound to the shared Y.Doc (field `body`). Undo and redo
 * come from the collaboration extension's Y.UndoManager, so they take back only one's own edits.
 * Memoised: the connection status around it changes with every keystroke; the editor need not.
 */
export const NoteEditor = memo(function NoteEditor({
  session,
  user,
  editable,
  title,
}: NoteEditorProps) {
  const { t } = useTranslation();
  const label = t('notes.editor.label', { title });

  const editor = useEditor(
    {
      editable,
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          heading: { levels: [2, 3] },
          codeBlock: false,
          link: {
            openOnClick: false,
            autolink: true,
            // http, https and mailto are linkify's own schemes: nothing to register.
            defaultProtocol: 'https',
            HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
          },
        }),
        Table.configure({ resizable: false }),
        TableRow,
        TableHeader,
        TableCell,
        Collaboration.configure({ document: session.doc, field: 'body' }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { ...user },
          render: renderCaret,
        }),
      ],
      editorProps: { attributes: editorAttributes(label, editable) },
    },
    [session],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.setOptions({ editorProps: { attributes: editorAttributes(label, editable) } });
  }, [editor, editable, label]);

  return (
    <Box className="note-editor">
      {editable && editor && <EditorToolbar editor={editor} controls={CONTENT_ID} />}
      <EditorContent editor={editor} />
    </Box>
  );
});
