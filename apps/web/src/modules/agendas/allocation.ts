import type { AgendaItemState } from '@berne/domain';
import { isClosedState } from './display';

export interface Allocation {
  allocated: number;
  meetingMinutes: number;
  /** Minutes still free (0 when over). */
  remaining: number;
  /** Minutes beyond the meeting's length (0 when within). */
  over: number;
  /** Share of the meeting allocated, 0–100 (capped for a progress bar). */
  percent: number;
  status: 'within' | 'full' | 'over';
}

/** Minutes of the items that count: withdrawn and deferred items take no time (as the API sums). */
export function allocatedMinutes(
  items: readonly { minutes: number; state: AgendaItemState }[],
): number {
  return items.filter((i) => !isClosedState(i.state)).reduce((n, i) => n + i.minutes, 0);
}

export function allocation(allocated: number, meetingMinutes: number): Allocation {
  const over = Math.max(0, allocated - meetingMinutes);
  return {
    allocated,
    meetingMinutes,
    remaining: Math.max(0, meetingMinutes - allocated),
    over,
    percent:
      meetingMinutes > 0 ? Math.min(100, Math.round((allocated / meetingMinutes) * 100)) : 100,
    status: over > 0 ? 'over' : allocated === meetingMinutes ? 'full' : 'within',
  };
}

/**
 * The allocation if an item's minutes change (a new proposal: `previous` 0; an edit: its current
 * minutes, when it counts).
 */
export function allocationWith(current: Allocation, minutes: number, previous = 0): Allocation {
  return allocation(current.allocated - previous + minutes, current.meetingMinutes);
}
