import type { ReactNode } from 'react';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import {
  canOpenPage,
  canSeeSection,
  isPageGate,
  type PageGate,
  type SectionId,
} from './navigation';

/**
 * Renders a section only for users the navigation offers it to (the API enforces the same), or a
 * page reached by link for users its gate lets in.
 */
export function RequireSection({
  section,
  children,
}: {
  section: SectionId | PageGate;
  children: ReactNode;
}) {
  const user = useCurrentUser();
  const allowed = isPageGate(section) ? canOpenPage(user, section) : canSeeSection(user, section);
  return allowed ? children : <ForbiddenPage />;
}
