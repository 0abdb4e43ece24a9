import { useState } from 'react';
import { Box } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { Collaboration } from '@tiptap/extension-collaboration';
import { openVersionDoc } from '../../../collab/version-doc';
import { noteContentExtensions } from '../editor-extensions';
import './note-editor.css';

interface VersionContentProps {
  /** The version's content: a Yjs update, base64 (field `body`). */
  state: string;
  label: string;
}

/**
 * A version's content in a read-only editor with the note's own schema. Its Y.Doc is its own,
 * never connected: nothing typed or received elsewhere reaches it.
 */
export function VersionContent({ state, label }: VersionContentProps) {
  // No destroy on unmount: the document holds no timers or sockets and goes with the editor.
  const [doc] = useState(() => openVersionDoc(state));
  const editor = useEditor(
    {
      editable: false,
      extensions: [
        ...noteContentExtensions(),
        Collaboration.configure({ document: doc, field: 'body' }),
      ],
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          role: 'textbox',
          // It scrolls: keyboard users must be able to reach it.
          tabindex: '0',
          'data-testid': 'version-content',
        },
      },
    },
    [doc],
  );
  return (
    <Box className="note-editor note-editor--version">
      <EditorContent editor={editor} />
    </Box>
  );
}
