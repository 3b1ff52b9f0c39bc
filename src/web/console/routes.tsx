import { Result, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useSearchParams } from 'react-router-dom';
import type { Permission } from '../../domain/policies/permissions.js';
import { ConsoleLayout } from './layout.js';
import { allowed } from './nav.js';
import { ForcedPasswordPage } from './pages/forced-password-page.js';
import { LoginPage } from './pages/login-page.js';
import { useSession } from './session.js';

// Each module is its own chunk, fetched when first opened.
const HomePage = lazy(() => import('./pages/home-page.js'));
const UnitsPage = lazy(() => import('./pages/units/units-page.js'));
const UsersPage = lazy(() => import('./pages/users/users-page.js'));
const TokensPage = lazy(() => import('./pages/tokens/tokens-page.js'));
const AuditPage = lazy(() => import('./pages/audit/audit-page.js'));
const RulesPage = lazy(() => import('./pages/rules/rules-page.js'));
const ChangePasswordPage = lazy(() => import('./pages/change-password-page.js'));
const CasesPage = lazy(() => import('./pages/cases/list/cases-page.js'));
const RegisterPage = lazy(() => import('./pages/cases/register/register-page.js'));
const CasePage = lazy(() => import('./pages/cases/detail/case-page.js'));
const StatisticsPage = lazy(() => import('./pages/statistics/statistics-page.js'));
const DashboardPage = lazy(() => import('./pages/statistics/dashboard-page.js'));
const RisksPage = lazy(() => import('./pages/risks/risks-page.js'));
const RiskReportPage = lazy(() => import('./pages/risks/report-page.js'));
const OwnershipPage = lazy(() => import('./pages/ownership/ownership-page.js'));
const RotaPage = lazy(() => import('./pages/rota/rota-page.js'));
const OutreachPage = lazy(() => import('./pages/meetings/outreach-page.js'));
const AssessmentPage = lazy(() => import('./pages/assessment/assessment-page.js'));

export function Loading({ full }: { full?: boolean }) {
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'center',
        alignItems: 'center',
        gap: 12,
        padding: 48,
        minHeight: full ? '100vh' : undefined,
      }}
    >
      <Spin />
      <span>加载中…</span>
    </div>
  );
}

function Guard({ permission, children }: { permission: Permission | Permission[]; children: ReactNode }) {
  const { state } = useSession();
  const permissions = state.status === 'signedIn' ? state.me.permissions : [];
  if (!allowed(permissions, permission))
    return <Result status="403" title="无权访问" subTitle="您的角色没有使用此功能的权限" />;
  return <>{children}</>;
}

/** Where to go after signing in: the page the user asked for, never another site. */
function AfterLogin() {
  const [params] = useSearchParams();
  const next = params.get('next');
  return <Navigate to={next && next.startsWith('/') && !next.startsWith('//') ? next : '/'} replace />;
}

function ToLogin() {
  const location = useLocation();
  const next = `${location.pathname}${location.search}`;
  return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
}

export function ConsoleRoutes() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading full />;
  if (state.status === 'anonymous')
    return (
      <Routes>
        <Route path="/login" element={<LoginPage notice={state.notice} />} />
        <Route path="*" element={<ToLogin />} />
      </Routes>
    );
  // Until the password is changed the server refuses everything else: show nothing else.
  if (state.me.user.mustChangePassword) return <ForcedPasswordPage />;
  return (
    <Routes>
      <Route path="/login" element={<AfterLogin />} />
      <Route element={<ConsoleLayout />}>
        <Route index element={page(<HomePage />)} />
        <Route
          path="units/:unitId?"
          element={page(
            <Guard permission="unit.manage">
              <UnitsPage />
            </Guard>,
          )}
        />
        <Route
          path="users"
          element={page(
            <Guard permission="user.read">
              <UsersPage />
            </Guard>,
          )}
        />
        <Route
          path="tokens"
          element={page(
            <Guard permission="token.manage">
              <TokensPage />
            </Guard>,
          )}
        />
        <Route
          path="audit"
          element={page(
            <Guard permission="audit.read">
              <AuditPage />
            </Guard>,
          )}
        />
        <Route
          path="rules"
          element={page(
            <Guard permission="unit.read">
              <RulesPage />
            </Guard>,
          )}
        />
        <Route
          path="cases"
          element={page(
            <Guard permission="case.read">
              <CasesPage />
            </Guard>,
          )}
        />
        <Route
          path="cases/new"
          element={page(
            <Guard permission="case.register">
              <RegisterPage />
            </Guard>,
          )}
        />
        <Route
          path="cases/:id"
          element={page(
            <Guard permission="case.read">
              <CasePage />
            </Guard>,
          )}
        />
        <Route
          path="risks"
          element={page(
            <Guard permission="risk.read">
              <RisksPage />
            </Guard>,
          )}
        />
        <Route
          path="risks/report"
          element={page(
            <Guard permission="risk.report">
              <RiskReportPage />
            </Guard>,
          )}
        />
        <Route
          path="statistics"
          element={page(
            <Guard permission="statistics.read">
              <StatisticsPage />
            </Guard>,
          )}
        />
        <Route
          path="dashboard"
          element={page(
            <Guard permission="statistics.read">
              <DashboardPage />
            </Guard>,
          )}
        />
        <Route
          path="ownerships"
          element={page(
            <Guard permission="ownership.read">
              <OwnershipPage />
            </Guard>,
          )}
        />
        <Route
          path="rota"
          element={page(
            <Guard permission="case.read">
              <RotaPage />
            </Guard>,
          )}
        />
        <Route
          path="outreach"
          element={page(
            <Guard permission={['diary.read', 'meeting.read']}>
              <OutreachPage />
            </Guard>,
          )}
        />
        <Route
          path="assessment"
          element={page(
            <Guard permission="assessment.read">
              <AssessmentPage />
            </Guard>,
          )}
        />
        <Route path="password" element={page(<ChangePasswordPage />)} />
        <Route
          path="*"
          element={<Result status="404" title="页面不存在" subTitle="您访问的页面不存在，请从左侧菜单进入" />}
        />
      </Route>
    </Routes>
  );
}

const page = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;
