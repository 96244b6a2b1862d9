/**
 * The pages a link or a reload can land on, by route, with the module under src/pages/ that draws each. The app
 * starts downloading the page's code while it checks the session, and the build lists the same files for the server,
 * which names them in the page's <head> so that the browser fetches them with the app's own (vite.config.ts).
 */
export const LANDING_PAGES = {
  '/': 'FeedPage',
  '/login': 'LoginPage',
  '/library': 'LibraryPage',
  '/assets/new': 'AssetEditorPage',
  '/assets/:id': 'AssetPage',
  '/assets/:id/edit': 'AssetEditorPage',
  '/assets/:id/print': 'AssetPrintPage',
  '/credit': 'MyCreditPage',
  '/people': 'PeoplePage',
  '/people/:id': 'PersonPage',
  '/people/:id/credit': 'MyCreditPage',
  '/leaderboards': 'LeaderboardsPage',
  '/deals': 'DealsPage',
  '/deals/:id': 'DealPage',
  '/win-loss': 'WinLossPage',
  '/reports': 'ReportsPage',
  '/flow': 'FlowPage',
  '/attribution-reviews': 'AttributionReviewsPage',
  '/review-queue': 'ReviewQueuePage',
  '/notifications': 'NotificationsPage',
  '/questions': 'QuestionsPage',
  '/questions/:id': 'QuestionPage',
  '/embed/deals/:crmId': 'EmbedDealPage',
} as const;

export type LandingPageName = (typeof LANDING_PAGES)[keyof typeof LANDING_PAGES];
