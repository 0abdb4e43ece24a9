import type { ReactNode } from 'react';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { canSeeSection, type SectionId } from './navigation';

/** Renders a section only for users the navigation offers it to (the API enforces the same). */
export function RequireSection({ section, children }: { section: SectionId; children: ReactNode }) {
  const user = useCurrentUser();
  return canSeeSection(user, section) ? children : <ForbiddenPage />;
}
