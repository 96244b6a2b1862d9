import { Center, Loader } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AccountMenu } from './modules/auth/components/AccountMenu';
import { RequireViewer } from './modules/auth/components/RequireViewer';
import type { Viewer, ViewerCan } from './modules/auth/hooks/useViewer';
import { useLogout } from './modules/auth/hooks/useLogout';
import { mayOpenImports } from './modules/crm-import/import-kinds';
import { useCreditNotifications } from './modules/notification/hooks/useCreditNotifications';
import { useShareNotifications } from './modules/share/hooks/useShareNotifications';
import { AdminPage } from './pages/AdminPage';
import { AssetEditorPage } from './pages/AssetEditorPage';
import { AssetPage } from './pages/AssetPage';
import { EmbedDealPage } from './pages/EmbedDealPage';
import { AssetPrintPage } from './pages/AssetPrintPage';
import { PersonalizeTemplatePage } from './pages/PersonalizeTemplatePage';
import { FeedPage } from './pages/FeedPage';
import { LeaderboardsPage } from './pages/LeaderboardsPage';
import { LibraryPage } from './pages/LibraryPage';
import { LoginPage } from './pages/LoginPage';
import { MyCreditPage } from './pages/MyCreditPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ReportPrintPage } from './pages/ReportPrintPage';
import { ReportsPage } from './pages/ReportsPage';
import { AppLayout } from './ui/AppLayout';
import type { NavSection } from './ui/AppLayout';

// The deal and win/loss pages (and their charts) load when first opened, keeping the first load small.
const DealsPage = lazy(() => import('./pages/DealsPage').then((module) => ({ default: module.DealsPage })));
const DealPage = lazy(() => import('./pages/DealPage').then((module) => ({ default: module.DealPage })));
const WinLossPage = lazy(() => import('./pages/WinLossPage').then((module) => ({ default: module.WinLossPage })));
const PersonPage = lazy(() => import('./pages/PersonPage').then((module) => ({ default: module.PersonPage })));
const PeoplePage = lazy(() => import('./pages/PeoplePage').then((module) => ({ default: module.PeoplePage })));
const ImportPage = lazy(() => import('./pages/ImportPage').then((module) => ({ default: module.ImportPage })));

const PAGE_LOADING = (
  <Center py="xl" aria-busy="true">
    <Loader size="sm" />
  </Center>
);

const MAIN_NAV: NavSection = {
  items: [
    { label: 'Feed', to: '/' },
    { label: 'Library', to: '/library' },
    { label: 'My credit', to: '/credit' },
    { label: 'Leaderboards', to: '/leaderboards' },
    { label: 'People', to: '/people' },
    { label: 'Deals', to: '/deals' },
    { label: 'Win/Loss', to: '/win-loss' },
    { label: 'Reports', to: '/reports' },
  ],
};

const ADMIN_NAV: NavSection = {
  label: 'Administration',
  items: [
    { label: 'Admin', to: '/admin' },
    { label: 'Import', to: '/admin/import' },
  ],
};

// Managers import deals (accounts and teams are for admins).
const MANAGER_NAV: NavSection = { label: 'Administration', items: [{ label: 'Import', to: '/admin/import' }] };

// The server enforces permissions; the navigation only hides what the viewer cannot use.
function navSectionsFor(can: ViewerCan): readonly NavSection[] {
  if (can.administer) {
    return [MAIN_NAV, ADMIN_NAV];
  }
  return mayOpenImports(can) ? [MAIN_NAV, MANAGER_NAV] : [MAIN_NAV];
}

function SignedInApp({ viewer }: { viewer: Viewer }) {
  const logout = useLogout();
  useCreditNotifications(viewer.id);
  useShareNotifications();
  return (
    <AppLayout
      navSections={navSectionsFor(viewer.viewerCan)}
      account={
        <AccountMenu name={viewer.name} email={viewer.email} role={viewer.role} onLogout={() => void logout()} />
      }
    >
      <Suspense fallback={PAGE_LOADING}>
        <Routes>
          <Route index element={<FeedPage viewerName={viewer.name} />} />
          <Route path="library" element={<LibraryPage />} />
          <Route path="assets/new" element={<AssetEditorPage key="new" mode="create" viewer={viewer} />} />
          <Route path="assets/:id" element={<AssetPage viewer={viewer} />} />
          <Route path="assets/:id/edit" element={<AssetEditorPage key="edit" mode="edit" viewer={viewer} />} />
          <Route path="assets/:id/adapt" element={<AssetEditorPage key="adapt" mode="adapt" viewer={viewer} />} />
          <Route path="assets/:id/personalise" element={<PersonalizeTemplatePage viewer={viewer} />} />
          <Route path="credit" element={<MyCreditPage key="own" viewer={viewer} />} />
          <Route path="people" element={<PeoplePage viewer={viewer} />} />
          <Route path="people/:id" element={<PersonPage />} />
          <Route path="people/:id/credit" element={<MyCreditPage key="person" viewer={viewer} />} />
          <Route path="leaderboards" element={<LeaderboardsPage viewer={viewer} />} />
          <Route path="deals" element={<DealsPage viewer={viewer} />} />
          <Route path="deals/:id" element={<DealPage viewerCan={viewer.viewerCan} />} />
          <Route path="win-loss" element={<WinLossPage viewerCan={viewer.viewerCan} />} />
          <Route path="reports" element={<ReportsPage viewer={viewer} />} />
          <Route path="admin" element={<AdminPage viewerCan={viewer.viewerCan} />} />
          <Route path="admin/import" element={<ImportPage viewerCan={viewer.viewerCan} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppLayout>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* Outside the app shell and its login: the CRM sidebar panel, with its own session. */}
      <Route path="/embed/deals/:crmId" element={<EmbedDealPage />} />
      {/* Outside the app shell: a clean page for printing. */}
      <Route
        path="/reports/print"
        element={<RequireViewer>{(viewer) => <ReportPrintPage viewer={viewer} />}</RequireViewer>}
      />
      <Route path="/assets/:id/print" element={<RequireViewer>{() => <AssetPrintPage />}</RequireViewer>} />
      <Route path="/*" element={<RequireViewer>{(viewer) => <SignedInApp viewer={viewer} />}</RequireViewer>} />
    </Routes>
  );
}
