import type { Role } from '@berne/domain';

export const SECTION_IDS = [
  'meetings',
  'actions',
  'agendas',
  'benchmarks',
  'briefingNotes',
  'cases',
  'consultations',
  'reports',
  'admin',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface NavItem {
  id: SectionId;
  path: string;
  labelKey: `nav.${SectionId}`;
}

/** The workspace sections, in navbar order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'meetings', path: '/meetings', labelKey: 'nav.meetings' },
  { id: 'actions', path: '/actions', labelKey: 'nav.actions' },
  { id: 'agendas', path: '/agendas', labelKey: 'nav.agendas' },
  { id: 'benchmarks', path: '/benchmarks', labelKey: 'nav.benchmarks' },
  { id: 'briefingNotes', path: '/briefing-notes', labelKey: 'nav.briefingNotes' },
  { id: 'cases', path: '/cases', labelKey: 'nav.cases' },
  { id: 'consultations', path: '/consultations', labelKey: 'nav.consultations' },
  { id: 'reports', path: '/reports', labelKey: 'nav.reports' },
  { id: 'admin', path: '/admin', labelKey: 'nav.admin' },
];

export interface Viewer {
  role: Role;
  clearedForRestricted: boolean;
}

/**
 * Whether a section is offered to a viewer. This only shapes the interface: the API decides
 * what each query returns.
 */
export function canSeeSection(viewer: Viewer, section: SectionId): boolean {
  switch (section) {
    case 'admin':
      return viewer.role === 'SECRETARIAT' || viewer.role === 'COORDINATOR';
    case 'actions':
      // Action items are partners' and the secretariat's work; NGO guests have none.
      return viewer.role !== 'GUEST';
    case 'agendas':
      // Agendas are the partners' business (the API refuses guests); guests will see the
      // guest version of a consultation round's agenda with the consultations feature.
      return viewer.role !== 'GUEST';
    case 'benchmarks':
      // Benchmarks are the partners' working positions (the API answers staff only).
      return viewer.role !== 'GUEST';
    case 'cases':
      // The individual-case list is RESTRICTED: cleared staff only, never guests.
      return viewer.clearedForRestricted && viewer.role !== 'GUEST';
    case 'meetings':
    case 'briefingNotes':
    case 'consultations':
    case 'reports':
      return true;
  }
}

/**
 * Pages reached by a link rather than from the navigation, with a rule of their own.
 * `caseRecord`: one individual case, which its named readers open too (staff who are not cleared
 * for the whole list); the API decides who reads which case. Guests never do.
 */
export const PAGE_GATES = ['caseRecord'] as const;
export type PageGate = (typeof PAGE_GATES)[number];

export function isPageGate(value: string): value is PageGate {
  return (PAGE_GATES as readonly string[]).includes(value);
}

export function canOpenPage(viewer: Viewer, gate: PageGate): boolean {
  switch (gate) {
    case 'caseRecord':
      return viewer.role !== 'GUEST';
  }
}

export function visibleNavItems(viewer: Viewer): NavItem[] {
  return NAV_ITEMS.filter((item) => canSeeSection(viewer, item.id));
}

/** Active for the section's own path and anything below it. */
export function isPathActive(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** The audit log is the secretariat's alone. */
export function canSeeAuditLog(viewer: Viewer): boolean {
  return viewer.role === 'SECRETARIAT';
}
