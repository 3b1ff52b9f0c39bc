import { Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../domain/vocabulary/index.js';
import { NotificationBell } from './components/notification-bell.js';
import { ScanBox } from './components/scan-box.js';
import { allowed, LOGOUT, NAV, navKeyOf } from './nav.js';
import { hasPermission, useMe, useSession } from './session.js';

const SYSTEM_NAME = '信访举报信息管理系统';

export function ConsoleLayout() {
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = NAV.filter((e) => allowed(me.permissions, e.permission));
  const current = NAV.find((e) => e.path === navKeyOf(pathname));
  // On a phone the header keeps the page, the bell and the user's name; the unit, roles and scan box need room.
  const narrow = Grid.useBreakpoint().md === false;

  useEffect(() => {
    document.title = current && current.path !== '/' ? `${current.label} - ${SYSTEM_NAME}` : SYSTEM_NAME;
  }, [current]);

  const items = [
    ...entries.map((e) => ({ key: e.path, icon: e.icon, label: e.label })),
    { type: 'divider' as const },
    LOGOUT,
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={0} theme="dark">
        <div style={{ color: '#fff', fontWeight: 600, fontSize: 15, padding: '18px 16px', lineHeight: 1.4 }}>
          {SYSTEM_NAME}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[navKeyOf(pathname)]}
          items={items}
          onClick={({ key }) => (key === LOGOUT.key ? void logout() : navigate(key))}
          aria-label="主导航"
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: narrow ? '0 12px' : '0 24px',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: narrow ? 8 : 16,
          }}
        >
          <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
            {current?.label ?? ''}
          </Typography.Text>
          <Space size={narrow ? 'small' : 'middle'} wrap={false} style={{ flexShrink: 0 }}>
            {hasPermission(me, 'case.read') && !narrow && <ScanBox />}
            <NotificationBell />
            <Space size="middle" wrap={false} data-testid="current-user">
              <span style={{ whiteSpace: 'nowrap' }} title={narrow ? `${me.unit.name}` : undefined}>
                {me.user.displayName}
              </span>
              {!narrow && <Typography.Text type="secondary">{me.unit.name}</Typography.Text>}
              {!narrow && (
                <span>
                  {me.user.roles.map((r) => (
                    <Tag key={r} color="blue" variant="outlined">
                      {ROLE_LABELS[r]}
                    </Tag>
                  ))}
                </span>
              )}
            </Space>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
