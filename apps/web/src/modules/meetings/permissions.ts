import type { Role } from '@berne/domain';

/** Scheduling is a coordinator's job: the secretariat and partners' coordinators (as the API says). */
export function canSchedule(role: Role): boolean {
  return role === 'SECRETARIAT' || role === 'COORDINATOR';
}
