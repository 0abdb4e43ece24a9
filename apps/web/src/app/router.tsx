import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicLayout } from './layout/PublicLayout';
import { WorkspaceLayout } from './layout/WorkspaceLayout';
import { RequireSection } from './RequireSection';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { LoginPage } from '../pages/LoginPage';
import { ForgotPasswordPage } from '../pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/ResetPasswordPage';
import { HomePage } from '../pages/HomePage';
import { BriefingNotesPage } from '../pages/BriefingNotesPage';
import { NotBuiltPage } from '../pages/NotBuiltPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';

// Administration and account pages are for few visits: load them on demand.
const AdminPage = lazy(() => import('../pages/AdminPage').then((m) => ({ default: m.AdminPage })));
const AccountPage = lazy(() =>
  import('../pages/AccountPage').then((m) => ({ default: m.AccountPage })),
);
// The editor brings TipTap, Yjs and socket.io: only those who open a note download them.
const BriefingNotePage = lazy(() =>
  import('../pages/BriefingNotePage').then((m) => ({ default: m.BriefingNotePage })),
);
// Meetings bring FullCalendar, Luxon and the date pickers: loaded with those pages only.
const MeetingsPage = lazy(() =>
  import('../pages/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const MeetingPage = lazy(() =>
  import('../pages/MeetingPage').then((m) => ({ default: m.MeetingPage })),
);
const NewPollPage = lazy(() =>
  import('../pages/NewPollPage').then((m) => ({ default: m.NewPollPage })),
);
const PollPage = lazy(() => import('../pages/PollPage').then((m) => ({ default: m.PollPage })));
const MyActionsPage = lazy(() =>
  import('../pages/MyActionsPage').then((m) => ({ default: m.MyActionsPage })),
);
// Agendas: the agenda page, proposal form, theme timeline and search (Mantine dates, Luxon).
const AgendasPage = lazy(() =>
  import('../pages/AgendasPage').then((m) => ({ default: m.AgendasPage })),
);
const AgendaPage = lazy(() =>
  import('../pages/AgendaPage').then((m) => ({ default: m.AgendaPage })),
);
const ProposeAgendaItemPage = lazy(() =>
  import('../pages/ProposeAgendaItemPage').then((m) => ({ default: m.ProposeAgendaItemPage })),
);
const EditAgendaItemPage = lazy(() =>
  import('../pages/EditAgendaItemPage').then((m) => ({ default: m.EditAgendaItemPage })),
);
const ThemeTimelinePage = lazy(() =>
  import('../pages/ThemeTimelinePage').then((m) => ({ default: m.ThemeTimelinePage })),
);
// Benchmarks bring recharts: loaded with those pages only.
const BenchmarksPage = lazy(() =>
  import('../pages/BenchmarksPage').then((m) => ({ default: m.BenchmarksPage })),
);
const BenchmarkPage = lazy(() =>
  import('../pages/BenchmarkPage').then((m) => ({ default: m.BenchmarkPage })),
);
const BenchmarkAlignmentPage = lazy(() =>
  import('../pages/BenchmarkAlignmentPage').then((m) => ({ default: m.BenchmarkAlignmentPage })),
);
const SuspensionCriteriaPage = lazy(() =>
  import('../pages/SuspensionCriteriaPage').then((m) => ({ default: m.SuspensionCriteriaPage })),
);
const BenchmarkFormPage = lazy(() =>
  import('../pages/BenchmarkFormPage').then((m) => ({ default: m.BenchmarkFormPage })),
);
const BenchmarkImportPage = lazy(() =>
  import('../pages/BenchmarkImportPage').then((m) => ({ default: m.BenchmarkImportPage })),
);
// Individual cases bring recharts too; restricted pages, loaded only by those who open them.
const CasesPage = lazy(() => import('../pages/CasesPage').then((m) => ({ default: m.CasesPage })));
const CasePage = lazy(() => import('../pages/CasePage').then((m) => ({ default: m.CasePage })));
const CaseFormPage = lazy(() =>
  import('../pages/CaseFormPage').then((m) => ({ default: m.CaseFormPage })),
);
const MeetingCasesPage = lazy(() =>
  import('../pages/MeetingCasesPage').then((m) => ({ default: m.MeetingCasesPage })),
);
const DelegationContinuityPage = lazy(() =>
  import('../pages/DelegationContinuityPage').then((m) => ({
    default: m.DelegationContinuityPage,
  })),
);

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
        ],
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <WorkspaceLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomePage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/polls/new', element: <NewPollPage /> },
          { path: 'meetings/polls/:id', element: <PollPage /> },
          { path: 'meetings/:id', element: <MeetingPage /> },
          {
            path: 'meetings/:id/agenda',
            element: (
              <RequireSection section="agendas">
                <AgendaPage />
              </RequireSection>
            ),
          },
          {
            path: 'meetings/:id/agenda/propose',
            element: (
              <RequireSection section="agendas">
                <ProposeAgendaItemPage />
              </RequireSection>
            ),
          },
          {
            path: 'meetings/:id/agenda/items/:itemId/edit',
            element: (
              <RequireSection section="agendas">
                <EditAgendaItemPage />
              </RequireSection>
            ),
          },
          {
            path: 'themes/:code',
            element: (
              <RequireSection section="agendas">
                <ThemeTimelinePage />
              </RequireSection>
            ),
          },
          {
            path: 'actions',
            element: (
              <RequireSection section="actions">
                <MyActionsPage />
              </RequireSection>
            ),
          },
          {
            path: 'delegations/:partnerCode',
            element: (
              <RequireSection section="actions">
                <DelegationContinuityPage />
              </RequireSection>
            ),
          },
          {
            path: 'agendas',
            element: (
              <RequireSection section="agendas">
                <AgendasPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks',
            element: (
              <RequireSection section="benchmarks">
                <BenchmarksPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks/alignment',
            element: (
              <RequireSection section="benchmarks">
                <BenchmarkAlignmentPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks/suspension-criteria',
            element: (
              <RequireSection section="benchmarks">
                <SuspensionCriteriaPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks/new',
            element: (
              <RequireSection section="benchmarks">
                <BenchmarkFormPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks/import',
            element: (
              <RequireSection section="benchmarks">
                <BenchmarkImportPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks/:id',
            element: (
              <RequireSection section="benchmarks">
                <BenchmarkPage />
              </RequireSection>
            ),
          },
          {
            path: 'benchmarks/:id/edit',
            element: (
              <RequireSection section="benchmarks">
                <BenchmarkFormPage />
              </RequireSection>
            ),
          },
          { path: 'briefing-notes', element: <BriefingNotesPage /> },
          { path: 'briefing-notes/:id', element: <BriefingNotePage /> },
          {
            path: 'cases',
            element: (
              <RequireSection section="cases">
                <CasesPage />
              </RequireSection>
            ),
          },
          {
            path: 'cases/new',
            element: (
              <RequireSection section="cases">
                <CaseFormPage />
              </RequireSection>
            ),
          },
          // One case is open to its named readers too (staff without a general clearance): the
          // API decides who reads it, and records every view.
          {
            path: 'cases/:id',
            element: (
              <RequireSection section="caseRecord">
                <CasePage />
              </RequireSection>
            ),
          },
          {
            path: 'cases/:id/edit',
            element: (
              <RequireSection section="caseRecord">
                <CaseFormPage />
              </RequireSection>
            ),
          },
          {
            path: 'meetings/:id/cases',
            element: (
              <RequireSection section="cases">
                <MeetingCasesPage />
              </RequireSection>
            ),
          },
          { path: 'consultations', element: <NotBuiltPage section="consultations" /> },
          { path: 'reports', element: <NotBuiltPage section="reports" /> },
          {
            path: 'admin',
            element: (
              <RequireSection section="admin">
                <AdminPage />
              </RequireSection>
            ),
          },
          { path: 'account', element: <AccountPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
