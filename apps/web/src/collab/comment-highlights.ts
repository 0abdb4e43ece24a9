import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { resolveAnchor, yBindingOf, type CommentAnchor, type TextRange } from './comment-anchors';

/** A thread as the highlights need it. */
export interface HighlightedThread extends CommentAnchor {
  id: string;
  /** Resolved threads are located but not highlighted (unless being looked at). */
  resolved?: boolean;
  /** Read out as the highlight's description (e.g. "Comment by … : …"). */
  descriptionId?: string;
}

export interface CommentHighlightsState {
  threads: readonly HighlightedThread[];
  activeId: string | null;
  /** Where each thread's text is now; threads whose text is gone are absent (detached). */
  ranges: ReadonlyMap<string, TextRange>;
  decorations: DecorationSet;
  /** The ranges were resolved against a rendered document (before that, there is nothing to map). */
  bound: boolean;
}

interface HighlightsMeta {
  threads?: readonly HighlightedThread[];
  activeId?: string | null;
}

export const commentHighlightsKey = new PluginKey<CommentHighlightsState>('commentHighlights');

export const HIGHLIGHT_CLASS = 'note-comment-highlight';
export const ACTIVE_HIGHLIGHT_CLASS = 'note-comment-highlight--active';

function decorationsFor(
  state: EditorState,
  threads: readonly HighlightedThread[],
  ranges: ReadonlyMap<string, TextRange>,
  activeId: string | null,
): DecorationSet {
  const max = state.doc.content.size;
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = ranges.get(thread.id);
    if (!range || (thread.resolved && thread.id !== activeId)) continue;
    const from = Math.max(0, Math.min(range.from, max));
    const to = Math.max(0, Math.min(range.to, max));
    if (to <= from) continue;
    const active = thread.id === activeId;
    decorations.push(
      Decoration.inline(
        from,
        to,
        {
          // <mark>: assistive tech announces the passage as highlighted; the description says why.
          nodeName: 'mark',
          class: active ? `${HIGHLIGHT_CLASS} ${ACTIVE_HIGHLIGHT_CLASS}` : HIGHLIGHT_CLASS,
          'data-thread-id': thread.id,
          ...(thread.descriptionId ? { 'aria-describedby': thread.descriptionId } : {}),
        },
        { threadId: thread.id, inclusiveStart: false, inclusiveEnd: false },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Resolves every anchor against the shared document as it is now. */
function resolveAll(
  state: EditorState,
  threads: readonly HighlightedThread[],
): { ranges: Map<string, TextRange>; bound: boolean } {
  const ranges = new Map<string, TextRange>();
  const binding = yBindingOf(state);
  if (!binding || binding.mapping.size === 0) return { ranges, bound: false };
  for (const thread of threads) {
    const range = resolveAnchor(binding, thread);
    if (range) ranges.set(thread.id, range);
  }
  return { ranges, bound: true };
}

function isRemoteChange(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return !!sync?.isChangeOrigin;
}

/**
 * Highlights the text each comment thread is anchored to. Anchors are Yjs relative positions, so
 * they follow the text through everyone's edits:
 * - a change that came through Yjs (another person, a restore, undo, the first render) resolves
 *   every anchor again from the shared document, whose map to ProseMirror is then up to date;
 * - one's own typing is mapped through the transaction (the Yjs document catches up only after
 *   ProseMirror has applied it, so resolving then would read a stale map).
 * `onChange` hears where the threads are after each change (e.g. to list them in text order).
 */
export function commentHighlightsPlugin(
  onChange?: (state: CommentHighlightsState) => void,
  onActivate?: (threadId: string) => void,
): Plugin<CommentHighlightsState> {
  return new Plugin<CommentHighlightsState>({
    key: commentHighlightsKey,
    state: {
      init: (_, state) => ({
        threads: [],
        activeId: null,
        ranges: new Map(),
        decorations: DecorationSet.create(state.doc, []),
        bound: false,
      }),
      apply(tr, previous, _old, state) {
        const meta = tr.getMeta(commentHighlightsKey) as HighlightsMeta | undefined;
        const threads = meta?.threads ?? previous.threads;
        const activeId = meta && 'activeId' in meta ? (meta.activeId ?? null) : previous.activeId;
        if (meta?.threads || isRemoteChange(tr) || (!previous.bound && threads.length > 0)) {
          const { ranges, bound } = resolveAll(state, threads);
          const decorations = decorationsFor(state, threads, ranges, activeId);
          return { threads, activeId, ranges, decorations, bound };
        }
        if (tr.docChanged) {
          const ranges = new Map<string, TextRange>();
          for (const [id, range] of previous.ranges) {
            const from = tr.mapping.map(range.from, 1);
            const to = tr.mapping.map(range.to, -1);
            if (to > from) ranges.set(id, { from, to });
          }
          const decorations = decorationsFor(state, threads, ranges, activeId);
          return { ...previous, threads, activeId, ranges, decorations };
        }
        if (activeId !== previous.activeId) {
          return {
            ...previous,
            activeId,
            decorations: decorationsFor(state, threads, previous.ranges, activeId),
          };
        }
        return previous;
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
      // A click in highlighted text brings its thread forward; the click itself goes on as usual.
      handleClick: (view, pos) => {
        const current = commentHighlightsKey.getState(view.state);
        if (!current || !onActivate) return false;
        const hit = current.threads.find((thread) => {
          const range = current.ranges.get(thread.id);
          return range && !thread.resolved && range.from <= pos && pos <= range.to;
        });
        if (hit) onActivate(hit.id);
        return false;
      },
    },
    view: () => {
      let last: CommentHighlightsState | undefined;
      return {
        update(view) {
          const current = commentHighlightsKey.getState(view.state);
          if (current && current !== last) {
            last = current;
            onChange?.(current);
          }
        },
      };
    },
  });
}

/** A transaction that gives the plugin the threads to show (and which one is active). */
export function setHighlightedThreads(
  tr: Transaction,
  threads: readonly HighlightedThread[],
  activeId?: string | null,
): Transaction {
  const meta: HighlightsMeta = { threads };
  if (activeId !== undefined) meta.activeId = activeId;
  return tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false);
}

export function setActiveThread(tr: Transaction, activeId: string | null): Transaction {
  const meta: HighlightsMeta = { activeId };
  return tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false);
}
