import type { SocketIOProvider } from '@berne/collab/client';

/**
 * Resolves once every local edit has been stored by the server (or after `timeoutMs`, whichever
 * comes first). Actions that the server takes from its own copy of the document — naming a
 * version, anchoring a comment to text just typed — wait for it so they see what the user sees.
 */
export function whenSaved(provider: SocketIOProvider, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let unsubscribe: () => void = () => undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      window.clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = window.setTimeout(finish, timeoutMs);
    unsubscribe = provider.onState((state) => {
      if (state.status === 'closed' || (state.status === 'synced' && state.unsynced === 0)) {
        finish();
      }
    });
    // onState calls back at once: when that already finished, unsubscribe now.
    if (done) unsubscribe();
  });
}
