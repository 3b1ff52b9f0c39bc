import {
  AlertOutlined,
  ApartmentOutlined,
  AreaChartOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CarOutlined,
  CheckSquareOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../domain/policies/permissions.js';

export interface NavEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to users holding it; none means every signed-in user. */
  permission?: Permission | Permission[];
}

/** The system's modules that exist. A module not built yet has no entry (not a placeholder). */
export const NAV: NavEntry[] = [
  { path: '/', label: '首页', icon: <HomeOutlined /> },
  // 信访登记 before 信访件: navKeyOf takes the first entry whose path prefixes the location.
  { path: '/cases/new', label: '信访登记', icon: <FormOutlined />, permission: 'case.register' },
  { path: '/cases', label: '信访件', icon: <FileTextOutlined />, permission: 'case.read' },
  { path: '/dashboard', label: '领导驾驶舱', icon: <AreaChartOutlined />, permission: 'statistics.read' },
  { path: '/statistics', label: '统计分析', icon: <BarChartOutlined />, permission: 'statistics.read' },
  // 隐患上报 before 隐患排查, like 信访登记 before 信访件.
  { path: '/risks/report', label: '隐患上报', icon: <AlertOutlined />, permission: 'risk.report' },
  { path: '/risks', label: '隐患排查', icon: <SafetyOutlined />, permission: 'risk.read' },
  { path: '/ownerships', label: '领导包案', icon: <FlagOutlined />, permission: 'ownership.read' },
  { path: '/rota', label: '领导接访', icon: <CalendarOutlined />, permission: 'case.read' },
  { path: '/outreach', label: '下访与会议', icon: <CarOutlined />, permission: ['diary.read', 'meeting.read'] },
  { path: '/assessment', label: '信访考核', icon: <CheckSquareOutlined />, permission: 'assessment.read' },
  { path: '/units', label: '单位管理', icon: <ApartmentOutlined />, permission: 'unit.manage' },
  { path: '/users', label: '用户管理', icon: <TeamOutlined />, permission: 'user.read' },
  { path: '/tokens', label: '接口令牌', icon: <KeyOutlined />, permission: 'token.manage' },
  { path: '/rules', label: '业务规则', icon: <SettingOutlined />, permission: 'unit.read' },
  { path: '/audit', label: '审计日志', icon: <FileSearchOutlined />, permission: 'audit.read' },
  { path: '/password', label: '修改密码', icon: <LockOutlined /> },
];
export const LOGOUT = { key: 'logout', label: '退出', icon: <LogoutOutlined /> };

export function allowed(permissions: readonly string[], needed: NavEntry['permission']): boolean {
  if (!needed) return true;
  return [needed].flat().some((p) => permissions.includes(p));
}

/** The entry a location belongs to ("/units/…" → "/units"). */
export function navKeyOf(pathname: string): string {
  const hit = NAV.filter((e) => e.path !== '/' && (pathname === e.path || pathname.startsWith(`${e.path}/`)));
  return hit[0]?.path ?? (pathname === '/' ? '/' : '');
}
