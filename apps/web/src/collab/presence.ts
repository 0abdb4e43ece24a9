/** Someone with the document open, as the server identified them (see the collab gateway). */
export interface PresentUser {
  id: string;
  name: string;
  partner: string | null;
  color: string;
  /** The signed-in user (in this tab or another). */
  self: boolean;
  /** Open editors of this user: tabs, windows, devices. */
  editors: number;
}

/** The identity the server writes into each awareness state. */
export interface AwarenessUser {
  id: string;
  name: string;
  partner: string | null;
  color: string;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const FALLBACK_COLOR = '#495057';

/** Reads the `user` field of one awareness state; anything malformed is ignored. */
export function awarenessUser(state: unknown): AwarenessUser | null {
  if (!state || typeof state !== 'object') return null;
  const user = (state as { user?: unknown }).user;
  if (!user || typeof user !== 'object') return null;
  const { id, name, partner, color } = user as Record<string, unknown>;
  if (typeof id !== 'string' || !id || typeof name !== 'string' || !name) return null;
  return {
    id,
    name,
    partner: typeof partner === 'string' ? partner : null,
    color: typeof color === 'string' && HEX_COLOR.test(color) ? color : FALLBACK_COLOR,
  };
}

/**
 * Who is present, one entry per person however many editors they have open; the user first,
 * then the others by name.
 */
export function presentUsers(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
  selfUserId: string,
): PresentUser[] {
  const byId = new Map<string, PresentUser>();
  for (const [clientId, state] of states) {
    const user = awarenessUser(state);
    if (!user) continue;
    const self = clientId === selfClientId || user.id === selfUserId;
    const known = byId.get(user.id);
    if (known) {
      known.editors += 1;
      known.self ||= self;
    } else {
      byId.set(user.id, { ...user, self, editors: 1 });
    }
  }
  return [...byId.values()].sort((a, b) =>
    a.self !== b.self ? (a.self ? -1 : 1) : a.name.localeCompare(b.name),
  );
}

/** Initials for an avatar: "Geneviève Tremblay" → "GT". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((w) => [...w][0]?.toUpperCase() ?? '').join('');
}
