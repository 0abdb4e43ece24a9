import { Extension } from '@tiptap/core';
import {
  commentHighlightsPlugin,
  type CommentHighlightsState,
} from '../../collab/comment-highlights';

/** The keyboard shortcut that starts a comment on the selected text. */
export const COMMENT_SHORTCUT = 'Mod-Alt-m';

export interface CommentHighlightsOptions {
  /** Where the threads' text is after each change (for listing them in text order). */
  onChange?: (state: CommentHighlightsState) => void;
  /** The comment shortcut was pressed. */
  onComment?: () => void;
  /** Highlighted text was clicked: its thread. */
  onActivate?: (threadId: string) => void;
}

/** Highlights commented passages (see commentHighlightsPlugin) and binds the comment shortcut. */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { onChange: undefined, onComment: undefined, onActivate: undefined };
  },

  addProseMirrorPlugins() {
    return [
      commentHighlightsPlugin(
        (state) => this.options.onChange?.(state),
        (threadId) => this.options.onActivate?.(threadId),
      ),
    ];
  },

  addKeyboardShortcuts() {
    return {
      [COMMENT_SHORTCUT]: () => {
        if (!this.options.onComment) return false;
        this.options.onComment();
        return true;
      },
    };
  },
});
