import { proseMirrorJSONFromStored, proseMirrorJSONToPlainText } from '@berne/collab/server';

/**
 * The lines of a version's text — one per paragraph, heading, list item or table row — through
 * the same ProseMirror reading as exports, for diffs.
 */
export function versionLines(state: Uint8Array): string[] {
  const text = proseMirrorJSONToPlainText(
    proseMirrorJSONFromStored({ snapshot: state, updates: [] }),
  );
  return text === '' ? [] : text.replace(/\n+$/, '').split('\n');
}
