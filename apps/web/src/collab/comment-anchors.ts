import * as Y from 'yjs';
import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';

/** The Yjs side of an editor: the shared document, its `body` fragment, and ProseMirror's map of it. */
export interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  /** Y types → the ProseMirror nodes rendered from them (y-tiptap's `ProsemirrorMapping`). */
  mapping: Map<Y.AbstractType<unknown>, unknown>;
}

/** A comment's place in the note, as the API stores it: two Yjs relative positions (JSON). */
export interface CommentAnchor {
  anchorStart: string;
  anchorEnd: string;
}

export interface TextRange {
  from: number;
  to: number;
}

interface SyncPluginState {
  doc?: Y.Doc;
  type?: Y.XmlFragment;
  binding?: { mapping?: YBinding['mapping'] } | null;
}

/** The Yjs binding of an editor state (TipTap's Collaboration extension), or null without one. */
export function yBindingOf(state: EditorState): YBinding | null {
  const sync = ySyncPluginKey.getState(state) as SyncPluginState | undefined;
  const mapping = sync?.binding?.mapping;
  if (!sync?.doc || !sync.type || !mapping) return null;
  return { doc: sync.doc, type: sync.type, mapping };
}

/**
 * Re-anchors a position so that it belongs to the character on its right. y-tiptap ties every
 * position to the character on its left, which suits the end of a range; the start of a range is
 * tied to its own first character instead, so that text typed just before a commented passage
 * stays outside it.
 */
function stickToRight(rpos: Y.RelativePosition, doc: Y.Doc): Y.RelativePosition {
  const abs = Y.createAbsolutePositionFromRelativePosition(rpos, doc);
  if (!abs || !(abs.type instanceof Y.XmlText)) return rpos;
  return Y.createRelativePositionFromTypeIndex(abs.type, abs.index, 0);
}

const encode = (rpos: Y.RelativePosition) => JSON.stringify(Y.relativePositionToJSON(rpos));

/** The anchor of the editor range [from, to) in the shared document. */
export function anchorOfRange(binding: YBinding, range: TextRange): CommentAnchor {
  const { doc, type, mapping } = binding;
  const mappingArg = mapping as Parameters<typeof absolutePositionToRelativePosition>[2];
  const start = absolutePositionToRelativePosition(
    range.from,
    type,
    mappingArg,
  ) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(range.to, type, mappingArg) as Y.RelativePosition;
  return { anchorStart: encode(stickToRight(start, doc)), anchorEnd: encode(end) };
}

function decode(text: string): Y.RelativePosition | null {
  try {
    const json: unknown = JSON.parse(text);
    if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
    return Y.createRelativePositionFromJSON(json);
  } catch {
    return null;
  }
}

/** The position's containing type is gone (its paragraph was deleted): it points at nothing. */
function inDeletedType(rpos: Y.RelativePosition, doc: Y.Doc): boolean {
  const abs = Y.createAbsolutePositionFromRelativePosition(rpos, doc);
  if (!abs) return true;
  for (let item = abs.type._item; item; item = (item.parent as Y.AbstractType<unknown>)._item) {
    if (item.deleted) return true;
  }
  return false;
}

/**
 * The editor position of a relative position. Yjs resolves it against the document as it is now;
 * the result is then handed to y-tiptap as a left-associated position, which it maps reliably:
 * y-tiptap refuses a position tied to a character when it lands on the first place of the
 * document (its guard against positions misread after a structural change), and the start of a
 * comment on the note's first word is exactly such a position.
 */
function toEditorPosition(binding: YBinding, rpos: Y.RelativePosition): number | null {
  const { doc, type, mapping } = binding;
  const abs = Y.createAbsolutePositionFromRelativePosition(rpos, doc);
  if (!abs) return null;
  const local =
    abs.type instanceof Y.XmlText
      ? Y.createRelativePositionFromTypeIndex(abs.type, abs.index, -1)
      : rpos;
  const mappingArg = mapping as Parameters<typeof relativePositionToAbsolutePosition>[3];
  return relativePositionToAbsolutePosition(doc, type, local, mappingArg);
}

/**
 * Where an anchored range is in the editor now, or null when it no longer resolves: its text was
 * deleted (the range collapsed), its paragraph was removed, or the anchor is not from this document.
 */
export function resolveAnchor(binding: YBinding, anchor: CommentAnchor): TextRange | null {
  const { doc } = binding;
  const start = decode(anchor.anchorStart);
  const end = decode(anchor.anchorEnd);
  if (!start || !end) return null;
  try {
    if (inDeletedType(start, doc) || inDeletedType(end, doc)) return null;
    const from = toEditorPosition(binding, start);
    const to = toEditorPosition(binding, end);
    if (from === null || to === null || to <= from) return null;
    return { from, to };
  } catch {
    // An anchor naming items this document never had: treat it as detached.
    return null;
  }
}
