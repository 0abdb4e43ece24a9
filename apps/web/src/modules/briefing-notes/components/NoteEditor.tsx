import { memo, useEffect, useRef } from 'react';
import { Box } from '@mantine/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { useTranslation } from 'react-i18next';
import type { CollabSession } from '../../../collab/useCollabDocument';
import type { AwarenessUser } from '../../../collab/presence';
import type { CommentHighlightsState } from '../../../collab/comment-highlights';
import { noteContentExtensions } from '../editor-extensions';
import { CommentHighlights } from '../comment-extension';
import { CommentToolbar, EditorToolbar } from './EditorToolbar';
import { renderCaret } from './caret';
import './note-editor.css';

interface NoteEditorProps {
  session: CollabSession;
  /** Written into this editor's awareness state; the server replaces it with what it knows. */
  user: AwarenessUser;
  editable: boolean;
  title: string;
  /** Staff may comment on a note they can read, even when they cannot edit it. */
  canComment: boolean;
  /** The Comment button or its shortcut: comment on the selected text. */
  onComment?: () => void;
  /** The editor once created (null when it goes away), for comments and versions. */
  onEditor?: (editor: Editor | null) => void;
  /** Where the comment threads' text is, after each change. */
  onHighlights?: (state: CommentHighlightsState) => void;
  /** Commented text was clicked. */
  onActivateThread?: (threadId: string) => void;
}

export const NOTE_EDITOR_CONTENT_ID = 'note-editor-content';

function editorAttributes(label: string, editable: boolean): Record<string, string> {
  return {
    'aria-label': label,
    'aria-multiline': 'true',
    'aria-readonly': String(!editable),
    role: 'textbox',
    'data-testid': 'note-editor',
    id: NOTE_EDITOR_CONTENT_ID,
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
  canComment,
  onComment,
  onEditor,
  onHighlights,
  onActivateThread,
}: NoteEditorProps) {
  const { t } = useTranslation();
  const label = t('notes.editor.label', { title });
  // The extensions are made once per document; they call whatever the latest handlers are.
  const handlers = useRef({ onComment, onHighlights, onActivateThread, canComment });
  useEffect(() => {
    handlers.current = { onComment, onHighlights, onActivateThread, canComment };
  }, [onComment, onHighlights, onActivateThread, canComment]);

  const editor = useEditor(
    {
      editable,
      extensions: [
        ...noteContentExtensions(),
        Collaboration.configure({ document: session.doc, field: 'body' }),
        CollaborationCaret.configure({
          provider: session.provider,
          user: { ...user },
          render: renderCaret,
        }),
        CommentHighlights.configure({
          onChange: (state) => handlers.current.onHighlights?.(state),
          onActivate: (threadId) => handlers.current.onActivateThread?.(threadId),
          onComment: () => {
            if (!handlers.current.canComment) return;
            handlers.current.onComment?.();
          },
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

  useEffect(() => {
    if (!editor) return;
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  const comment = canComment ? onComment : undefined;
  return (
    <Box className="note-editor">
      {editor && editable && (
        <EditorToolbar editor={editor} controls={NOTE_EDITOR_CONTENT_ID} onComment={comment} />
      )}
      {editor && !editable && comment && (
        <CommentToolbar controls={NOTE_EDITOR_CONTENT_ID} onComment={comment} />
      )}
      <EditorContent editor={editor} />
    </Box>
  );
});
