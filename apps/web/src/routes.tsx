import { type ComponentType, lazy, Suspense } from 'react';
import { Outlet, Route, Routes, useLocation } from 'react-router';
import { PageLoader } from './layout/page-state';
import { RouteErrorBoundary } from './layout/route-error-boundary';
import type { SessionUser } from './session/session';
import { RequireSession, SignedOutOnly } from './session/require-session';
import { useSessionUser } from './session/session-context';

// Each area is its own chunk: the sign-in page loads none of the signed-in app, nor the styles
// of components it does not show (layout/sign-in-styles); every other page loads them all.
const signInPage = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => ({ default: await load() }));
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(async () => {
    const [, component] = await Promise.all([import('./layout/mantine-styles'), load()]);
    return { default: component };
  });

const SignInPage = signInPage(() => import('./pages/sign-in').then((module) => module.SignInPage));
const SignUpPage = page(() => import('./pages/sign-up').then((module) => module.SignUpPage));
const DataExportPage = page(() =>
  import('./personal-data/data-export-page').then((module) => module.DataExportPage),
);
const LegalPage = page(() => import('./legal/legal-page').then((module) => module.LegalPage));
const ForgotPasswordPage = page(() =>
  import('./pages/password-reset').then((module) => module.ForgotPasswordPage),
);
const ResetPasswordPage = page(() =>
  import('./pages/password-reset').then((module) => module.ResetPasswordPage),
);
const VerifyEmailPage = page(() =>
  import('./pages/verify-email').then((module) => module.VerifyEmailPage),
);
const OrcidCallbackPage = page(() =>
  import('./pages/orcid').then((module) => module.OrcidCallbackPage),
);
const ResearchProfilePage = page(() =>
  import('./research/research-profile-page').then((module) => module.ResearchProfilePage),
);
const CapabilitySourcesPage = page(() =>
  import('./research/capability-sources-page').then((module) => module.CapabilitySourcesPage),
);
const InstitutionImportPage = page(() =>
  import('./console/institution-import-page').then((module) => module.InstitutionImportPage),
);
const AppLayout = page(() => import('./layout/app-layout').then((module) => module.AppLayout));
const HomePage = page(() => import('./pages/home').then((module) => module.HomePage));
const BrowsePage = page(() => import('./postings/browse-page').then((module) => module.BrowsePage));
const PostingPage = page(() =>
  import('./postings/posting-page').then((module) => module.PostingPage),
);
const EditorPage = page(() => import('./postings/editor-page').then((module) => module.EditorPage));
const ReviewQueuePage = page(() =>
  import('./review/review-queue-page').then((module) => module.ReviewQueuePage),
);
const DashboardPage = page(() =>
  import('./console/dashboard-page').then((module) => module.DashboardPage),
);
const UpcomingMeetingsPage = page(() =>
  import('./console/upcoming-meetings-page').then((module) => module.UpcomingMeetingsPage),
);
const ClusterSettingsPage = page(() =>
  import('./console/cluster-settings-page').then((module) => module.ClusterSettingsPage),
);
const MemberImportPage = page(() =>
  import('./console/member-import-page').then((module) => module.MemberImportPage),
);
const AcceptInvitationPage = page(() =>
  import('./pages/password-reset').then((module) => module.AcceptInvitationPage),
);
const ClustersPage = page(() =>
  import('./admin/clusters-page').then((module) => module.ClustersPage),
);
const UsersPage = page(() => import('./admin/users-page').then((module) => module.UsersPage));
const OrganizationsPage = page(() =>
  import('./admin/organizations-page').then((module) => module.OrganizationsPage),
);
const FailedEmailsPage = page(() =>
  import('./admin/failed-emails-page').then((module) => module.FailedEmailsPage),
);
const MatchPage = page(() => import('./matches/match-page').then((module) => module.MatchPage));
const NotificationsPage = page(() =>
  import('./notifications/notifications-page').then((module) => module.NotificationsPage),
);
const PreferencesPage = page(() =>
  import('./notifications/preferences-page').then((module) => module.PreferencesPage),
);
const AccountPage = page(() => import('./pages/account').then((module) => module.AccountPage));
const NotFoundPage = page(() => import('./ui/not-found').then((module) => module.NotFoundPage));
const ForbiddenPage = page(() => import('./ui/not-found').then((module) => module.ForbiddenPage));

/**
 * A page for those with a right (`User.can`) tells everyone else so, instead of failing on the
 * data it cannot load.
 */
function ForThoseWhoCan({ right }: { right: keyof SessionUser['can'] }) {
  const user = useSessionUser();
  return user?.can[right] ? <Outlet /> : <ForbiddenPage />;
}

export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route
            path="/sign-in"
            element={
              <SignedOutOnly>
                <SignInPage />
              </SignedOutOnly>
            }
          />
          <Route
            path="/sign-up"
            element={
              <SignedOutOnly>
                <SignUpPage />
              </SignedOutOnly>
            }
          />
          <Route path="/legal/:document" element={<LegalPage />} />
          <Route path="/verify-email" element={<VerifyEmailPage />} />
          <Route
            path="/forgot-password"
            element={
              <SignedOutOnly>
                <ForgotPasswordPage />
              </SignedOutOnly>
            }
          />
          <Route path="/reset-password" element={<ResetPasswordPage />} />
          <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
          <Route path="/orcid/callback" element={<OrcidCallbackPage />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<HomePage />} />
            {(['need', 'capability'] as const).map((kind) => (
              <Route key={kind} path={kind === 'need' ? 'needs' : 'capabilities'}>
                <Route index element={<BrowsePage kind={kind} />} />
                <Route path="new" element={<EditorPage kind={kind} />} />
                <Route path=":id" element={<PostingPage kind={kind} />} />
                <Route path=":id/edit" element={<EditorPage kind={kind} />} />
              </Route>
            ))}
            <Route element={<ForThoseWhoCan right="review" />}>
              <Route path="review" element={<ReviewQueuePage />} />
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="meetings" element={<UpcomingMeetingsPage />} />
              <Route path="cluster-settings" element={<ClusterSettingsPage />} />
              <Route path="member-import" element={<MemberImportPage />} />
              <Route path="institution-import" element={<InstitutionImportPage />} />
            </Route>
            <Route element={<ForThoseWhoCan right="administer" />}>
              <Route path="admin/clusters" element={<ClustersPage />} />
              <Route path="admin/organizations" element={<OrganizationsPage />} />
              <Route path="admin/users" element={<UsersPage />} />
              <Route path="admin/failed-emails" element={<FailedEmailsPage />} />
            </Route>
            <Route element={<ForThoseWhoCan right="postCapabilities" />}>
              <Route path="research-profile" element={<ResearchProfilePage />} />
              <Route path="capabilities/:id/sources" element={<CapabilitySourcesPage />} />
            </Route>
            <Route path="matches/:id" element={<MatchPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="settings/notifications" element={<PreferencesPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="data-export" element={<DataExportPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}
