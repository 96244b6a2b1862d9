import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AccountMenu } from './modules/auth/components/AccountMenu';
import { RequireViewer } from './modules/auth/components/RequireViewer';
import type { Viewer, ViewerCan } from './modules/auth/hooks/useViewer';
import { useLogout } from './modules/auth/hooks/useLogout';
import { mayOpenImports } from './modules/crm-import/import-kinds';
import { NotificationBell } from './modules/notification/components/NotificationBell';
import { useCreditNotifications } from './modules/notification/hooks/useCreditNotifications';
import { GlobalSearch } from './modules/search/components/GlobalSearch';
import { useShareNotifications } from './modules/share/hooks/useShareNotifications';
import { LANDING_PAGES } from './core/landing-pages';
import type { LandingPageName } from './core/landing-pages';
import { lazyPage, preloadPageFor } from './core/lazy-page';
import { AppLayout } from './ui/AppLayout';
import { FullPageLoader } from './ui/FullPageLoader';
import type { NavSection } from './ui/AppLayout';
import { RouteErrorBoundary } from './ui/RouteErrorBoundary';

// Every page loads when first opened, with what it alone needs (charts, Markdown, the PDF viewer): the first load
// carries the shell and one page.
const AdminPage = lazyPage(() => import('./pages/AdminPage'), 'AdminPage');
const AssetEditorPage = lazyPage(() => import('./pages/AssetEditorPage'), 'AssetEditorPage');
const AssetPage = lazyPage(() => import('./pages/AssetPage'), 'AssetPage');
const AssetPrintPage = lazyPage(() => import('./pages/AssetPrintPage'), 'AssetPrintPage');
const ApprovalsPage = lazyPage(() => import('./pages/ApprovalsPage'), 'ApprovalsPage');
const AttributionReviewsPage = lazyPage(() => import('./pages/AttributionReviewsPage'), 'AttributionReviewsPage');
const ReviewQueuePage = lazyPage(() => import('./pages/ReviewQueuePage'), 'ReviewQueuePage');
const DealPage = lazyPage(() => import('./pages/DealPage'), 'DealPage');
const DealsPage = lazyPage(() => import('./pages/DealsPage'), 'DealsPage');
const EmbedDealPage = lazyPage(() => import('./pages/EmbedDealPage'), 'EmbedDealPage');
const FeedPage = lazyPage(() => import('./pages/FeedPage'), 'FeedPage');
const FlowPage = lazyPage(() => import('./pages/FlowPage'), 'FlowPage');
const ImportPage = lazyPage(() => import('./pages/ImportPage'), 'ImportPage');
const LeaderboardsPage = lazyPage(() => import('./pages/LeaderboardsPage'), 'LeaderboardsPage');
const LibraryPage = lazyPage(() => import('./pages/LibraryPage'), 'LibraryPage');
const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const MyCreditPage = lazyPage(() => import('./pages/MyCreditPage'), 'MyCreditPage');
const NotificationsPage = lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const PeoplePage = lazyPage(() => import('./pages/PeoplePage'), 'PeoplePage');
const QuestionPage = lazyPage(() => import('./pages/QuestionPage'), 'QuestionPage');
const QuestionsPage = lazyPage(() => import('./pages/QuestionsPage'), 'QuestionsPage');
const PersonPage = lazyPage(() => import('./pages/PersonPage'), 'PersonPage');
const PersonalizeTemplatePage = lazyPage(() => import('./pages/PersonalizeTemplatePage'), 'PersonalizeTemplatePage');
const ReportPrintPage = lazyPage(() => import('./pages/ReportPrintPage'), 'ReportPrintPage');
const ReportsPage = lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage');
const WinLossPage = lazyPage(() => import('./pages/WinLossPage'), 'WinLossPage');

// The page a link or a reload lands on downloads while the app checks the session, not after.
const LANDING: Record<LandingPageName, { preload: () => void }> = {
  AssetEditorPage,
  AssetPage,
  AssetPrintPage,
  AttributionReviewsPage,
  DealPage,
  DealsPage,
  EmbedDealPage,
  FeedPage,
  FlowPage,
  LeaderboardsPage,
  LibraryPage,
  LoginPage,
  MyCreditPage,
  NotificationsPage,
  PeoplePage,
  PersonPage,
  QuestionPage,
  QuestionsPage,
  ReviewQueuePage,
  ReportsPage,
  WinLossPage,
};
preloadPageFor(
  window.location.pathname,
  Object.entries(LANDING_PAGES).map(([path, name]) => [path, LANDING[name]] as const),
);

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
    { label: 'Questions', to: '/questions' },
    { label: 'Deals', to: '/deals' },
    { label: 'Win/Loss', to: '/win-loss' },
    { label: 'Reports', to: '/reports' },
  ],
};

const ADMIN_ITEM = { label: 'Admin', to: '/admin' };
const IMPORT_ITEM = { label: 'Import', to: '/admin/import' };
const REVIEWS_ITEM = { label: 'Attribution reviews', to: '/attribution-reviews' };
const REVIEW_QUEUE_ITEM = { label: 'Review queue', to: '/review-queue' };
const FLOW_ITEM = { label: 'Knowledge flow', to: '/flow' };
const APPROVALS_ITEM = { label: 'Approvals', to: '/approvals' };

// The server enforces permissions; the navigation only hides what the viewer cannot use. Managers import deals
// (accounts and teams are for admins); enablement and admins review near-copies and overdue assets; enablement and
// leadership read the knowledge flow.
function navSectionsFor(viewer: Viewer): readonly NavSection[] {
  const can: ViewerCan = viewer.viewerCan;
  const items = [
    ...(can.readKnowledgeFlow ? [FLOW_ITEM] : []),
    ...(can.administer ? [ADMIN_ITEM] : []),
    ...(mayOpenImports(can) ? [IMPORT_ITEM] : []),
    ...(can.reviewAttributions ? [REVIEWS_ITEM] : []),
    ...(can.reviewContent ? [REVIEW_QUEUE_ITEM] : []),
    ...(can.decideApprovals ? [APPROVALS_ITEM] : []),
  ];
  return items.length ? [MAIN_NAV, { label: 'Administration', items }] : [MAIN_NAV];
}

function SignedInApp({ viewer }: { viewer: Viewer }) {
  const logout = useLogout();
  useCreditNotifications(viewer.id);
  useShareNotifications();
  return (
    <AppLayout
      navSections={navSectionsFor(viewer)}
      search={
        <>
          <GlobalSearch />
          <NotificationBell />
        </>
      }
      account={
        <AccountMenu name={viewer.name} email={viewer.email} role={viewer.role} onLogout={() => void logout()} />
      }
    >
      <RouteErrorBoundary>
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
            <Route path="flow" element={<FlowPage viewer={viewer} />} />
            <Route path="admin" element={<AdminPage viewerCan={viewer.viewerCan} />} />
            <Route path="admin/import" element={<ImportPage viewerCan={viewer.viewerCan} />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="questions" element={<QuestionsPage />} />
            <Route path="questions/:id" element={<QuestionPage key="question" />} />
            <Route path="attribution-reviews" element={<AttributionReviewsPage viewer={viewer} />} />
            <Route path="review-queue" element={<ReviewQueuePage viewer={viewer} />} />
            <Route path="approvals" element={<ApprovalsPage viewer={viewer} />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </RouteErrorBoundary>
    </AppLayout>
  );
}

export function App() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<FullPageLoader />}>
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
      </Suspense>
    </RouteErrorBoundary>
  );
}
