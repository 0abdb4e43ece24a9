/** Moves the element at `from` to `to` (both clamped), returning a new array. */
export function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= list.length) return next;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved);
  return next;
}

/**
 * The order after moving `id` by `delta` places (−1 up, +1 down), or null when it cannot move
 * that way (already first or last, or not in the list).
 */
export function moveBy(ids: readonly string[], id: string, delta: number): string[] | null {
  const from = ids.indexOf(id);
  if (from === -1 || delta === 0) return null;
  const to = from + delta;
  if (to < 0 || to >= ids.length) return null;
  return moveTo(ids, from, to);
}

/** Which ways an item can move. */
export function movable(ids: readonly string[], id: string): { up: boolean; down: boolean } {
  const at = ids.indexOf(id);
  return { up: at > 0, down: at !== -1 && at < ids.length - 1 };
}

/** Whether two orders are the same. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The order after dropping `activeId` where `overId` was (drag and drop), or null when nothing
 * moves (dropped on itself, outside the list, or an unknown item).
 */
export function dropOrder(
  ids: readonly string[],
  activeId: string,
  overId: string | null | undefined,
): string[] | null {
  if (!overId || activeId === overId) return null;
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (from === -1 || to === -1) return null;
  return moveTo(ids, from, to);
}
