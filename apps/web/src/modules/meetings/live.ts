import { LIVE_EVENTS } from '@berne/domain';
import { LIVE_RECONNECTED, onLiveEvent } from '../../collab/live-socket';

/** What the API pushes on `meetings:changed`: which record changed (ids only, never content). */
export interface MeetingsChange {
  type: 'meeting' | 'scheduling-poll' | 'action-item' | 'delegation' | 'agenda' | (string & {});
  id: string;
  /** Who made the change (display name), when the API says so (agendas do). */
  by?: string;
}

/** A change, or null when the connection came back and anything may have been missed. */
type Listener = (change: MeetingsChange | null) => void;

export function parseMeetingsChange(payload: unknown): MeetingsChange | null {
  if (!payload || typeof payload !== 'object') return null;
  const { type, id, by } = payload as Record<string, unknown>;
  if (typeof type !== 'string' || typeof id !== 'string') return null;
  return typeof by === 'string' && by.trim() ? { type, id, by: by.trim() } : { type, id };
}

/**
 * Hears `meetings:changed` on the workspace's one `/live` connection (opened for notifications
 * in the header) rather than opening a second one.
 */
export function subscribeMeetingsChanged(listener: Listener): () => void {
  const stopChanges = onLiveEvent(LIVE_EVENTS.meetingsChanged, (payload) => {
    const change = parseMeetingsChange(payload);
    if (change) listener(change);
  });
  const stopReconnects = onLiveEvent(LIVE_RECONNECTED, () => listener(null));
  return () => {
    stopChanges();
    stopReconnects();
  };
}
