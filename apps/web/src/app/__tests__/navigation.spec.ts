import { ROLES, type Role } from '@berne/domain';
import en from '../../i18n/en.json';
import {
  NAV_ITEMS,
  canOpenPage,
  canSeeAuditLog,
  canSeeSection,
  isPathActive,
  visibleNavItems,
  type Viewer,
} from '../navigation';

const viewer = (role: Role, clearedForRestricted = true): Viewer => ({
  role,
  clearedForRestricted,
});
const labels = (v: Viewer) => visibleNavItems(v).map((item) => en.nav[item.id]);

describe('workspace navigation', () => {
  it('lists the sections in the agreed order with their paths', () => {
    expect(NAV_ITEMS.map((item) => [en.nav[item.id], item.path])).toEqual([
      ['Meetings', '/meetings'],
      ['My actions', '/actions'],
      ['Agendas', '/agendas'],
      ['Benchmarks', '/benchmarks'],
      ['Briefing notes', '/briefing-notes'],
      ['Cases', '/cases'],
      ['Consultations', '/consultations'],
      ['Reports', '/reports'],
      ['Admin', '/admin'],
    ]);
  });

  it('shows everything to cleared secretariat staff and coordinators', () => {
    expect(labels(viewer('SECRETARIAT'))).toHaveLength(9);
    expect(labels(viewer('COORDINATOR'))).toHaveLength(9);
  });

  it('shows Admin only to the secretariat and coordinators', () => {
    const withAdmin = ROLES.filter((role) => canSeeSection(viewer(role), 'admin'));
    expect(withAdmin).toEqual(['SECRETARIAT', 'COORDINATOR']);
    expect(labels(viewer('DIPLOMAT'))).not.toContain('Admin');
  });

  it('hides Cases from users not cleared for restricted records', () => {
    expect(labels(viewer('DIPLOMAT', true))).toContain('Cases');
    expect(labels(viewer('DIPLOMAT', false))).not.toContain('Cases');
    expect(labels(viewer('COORDINATOR', false))).not.toContain('Cases');
    expect(labels(viewer('SECRETARIAT', false))).not.toContain('Cases');
  });

  it('opens one case to staff (named readers need no clearance), never to guests', () => {
    expect(ROLES.filter((role) => canOpenPage(viewer(role, false), 'caseRecord'))).toEqual([
      'SECRETARIAT',
      'COORDINATOR',
      'DIPLOMAT',
    ]);
    expect(canOpenPage(viewer('GUEST', true), 'caseRecord')).toBe(false);
  });

  it('gives My actions to staff, not to NGO guests', () => {
    expect(ROLES.filter((role) => canSeeSection(viewer(role), 'actions'))).toEqual([
      'SECRETARIAT',
      'COORDINATOR',
      'DIPLOMAT',
    ]);
  });

  it('gives Agendas (agenda pages, theme timelines, search) to staff, not to NGO guests', () => {
    expect(ROLES.filter((role) => canSeeSection(viewer(role), 'agendas'))).toEqual([
      'SECRETARIAT',
      'COORDINATOR',
      'DIPLOMAT',
    ]);
  });

  it('gives Benchmarks (dashboard, alignment, suspension criteria) to staff, not to NGO guests', () => {
    expect(ROLES.filter((role) => canSeeSection(viewer(role), 'benchmarks'))).toEqual([
      'SECRETARIAT',
      'COORDINATOR',
      'DIPLOMAT',
    ]);
  });

  it('hides Cases from guests even when flagged as cleared', () => {
    expect(canSeeSection(viewer('GUEST', true), 'cases')).toBe(false);
    expect(labels(viewer('GUEST', true))).toEqual([
      'Meetings',
      'Briefing notes',
      'Consultations',
      'Reports',
    ]);
  });

  it('matches the demo accounts', () => {
    // eu.diplomat (cleared), us.diplomat (not cleared)
    expect(labels(viewer('DIPLOMAT', true))).toEqual([
      'Meetings',
      'My actions',
      'Agendas',
      'Benchmarks',
      'Briefing notes',
      'Cases',
      'Consultations',
      'Reports',
    ]);
    expect(labels(viewer('DIPLOMAT', false))).toEqual([
      'Meetings',
      'My actions',
      'Agendas',
      'Benchmarks',
      'Briefing notes',
      'Consultations',
      'Reports',
    ]);
  });

  it('keeps the relative order whatever is hidden', () => {
    for (const role of ROLES) {
      for (const cleared of [true, false]) {
        const ids = visibleNavItems(viewer(role, cleared)).map((item) => item.id);
        const positions = ids.map((id) => NAV_ITEMS.findIndex((item) => item.id === id));
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
    }
  });

  it('gives the audit log to the secretariat alone', () => {
    expect(ROLES.filter((role) => canSeeAuditLog(viewer(role)))).toEqual(['SECRETARIAT']);
  });

  it('marks a section active on its path and below, not on look-alike paths', () => {
    expect(isPathActive('/meetings', '/meetings')).toBe(true);
    expect(isPathActive('/meetings/42', '/meetings')).toBe(true);
    expect(isPathActive('/meetings-archive', '/meetings')).toBe(false);
    expect(isPathActive('/', '/meetings')).toBe(false);
  });
});
