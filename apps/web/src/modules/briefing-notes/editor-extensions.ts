import type { Extensions } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';

/**
 * The content schema of a briefing note: what the live editor and the read-only version viewer
 * both render. Undo and redo are left to the collaboration extension (Y.UndoManager).
 */
export function noteContentExtensions(): Extensions {
  return [
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
  ];
}
