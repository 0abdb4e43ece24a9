import { getSchema, type Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';

/** The XmlFragment of a note's Y.Doc that holds its ProseMirror content (TipTap's `field`). */
export const NOTE_BODY_FIELD = 'body';

/**
 * The TipTap extensions that define a briefing note's content: StarterKit (headings 2–3, lists,
 * blockquote, bold/italic/strike/underline/code/link, hard breaks, rules; no code blocks, no
 * history — Yjs keeps it) and tables. The web editor adds Collaboration and CollaborationCaret on
 * top; the server builds the same schema from this list, so seeds and exports match the editor.
 */
export function noteEditorExtensions(): Extensions {
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

let schema: Schema | undefined;

/** The ProseMirror schema of a note's content, built once from `noteEditorExtensions()`. */
export function noteSchema(): Schema {
  schema ??= getSchema(noteEditorExtensions());
  return schema;
}
