import { ROLES, type Role } from '../vocabulary/index.js';

/**
 * What each role may do. One table, read by the HTTP layer (route config `permission`) and by the web
 * (to hide what a user cannot use). 三员分立: the admin manages, the auditor only reads the trail.
 */
const STAFF: readonly Role[] = ROLES;

export const PERMISSIONS = {
  'unit.read': STAFF,
  'unit.manage': ['admin'],
  'user.read': ['admin', 'unitHead'],
  'user.manage': ['admin'],
  'token.manage': ['admin'],
  'audit.read': ['auditor'],
  'reference.read': STAFF,
  'case.register': ['registrar'],
  'case.read': ['registrar', 'handler', 'unitHead', 'leader', 'supervisor', 'analyst'],
  /** Full (unmasked) names, ID numbers, phones and addresses of petitioners; every view is audited. */
  'case.identity': ['registrar', 'handler', 'unitHead', 'leader'],
  'case.repeat': ['registrar', 'unitHead'],
  'case.import': ['registrar', 'admin'],
  'case.export': ['registrar', 'unitHead', 'leader', 'analyst'],
  /** System-wide rules (routing tables, time limits, calendar); only administrators of the top unit may change them. */
  'config.manage': ['admin'],
  'portal.message': ['registrar', 'handler', 'unitHead'],
  /** The leader reception schedule and office contacts published on the portal. */
  'reception.manage': ['admin', 'leader'],
  /** 隐患排查: the liaison files the periodic report of their village, community or enterprise. */
  'risk.report': ['liaison'],
  'risk.read': ['liaison', 'registrar', 'handler', 'unitHead', 'leader', 'supervisor', 'analyst'],
  /** Progress entries and status of reported risks (the liaison for their own unit, the town for all). */
  'risk.manage': ['liaison', 'unitHead', 'leader', 'supervisor'],
  /** 领导包案: who may see owned matters, assign a leader, and record their progress. */
  'ownership.read': ['registrar', 'handler', 'unitHead', 'leader', 'supervisor', 'analyst'],
  'ownership.manage': ['unitHead', 'leader'],
  'ownership.progress': ['unitHead', 'leader', 'supervisor'],
  /** 下访 and 民情日记 by leaders and cadres; meetings (三会, 排查调处会) and their follow-ups. */
  'diary.read': ['registrar', 'handler', 'unitHead', 'leader', 'supervisor', 'analyst'],
  'diary.write': ['handler', 'unitHead', 'leader', 'supervisor'],
  'meeting.read': ['registrar', 'handler', 'unitHead', 'leader', 'supervisor', 'analyst'],
  'meeting.write': ['unitHead', 'leader', 'supervisor'],
  /** 统计分析 and 领导驾驶舱: figures of the whole subtree, for those who analyse and lead (not registrars, handlers). */
  'statistics.read': ['unitHead', 'leader', 'supervisor', 'analyst'],
  /** 考核: scorecards of the units below; target agreements set by the unit above. */
  'assessment.read': ['unitHead', 'leader', 'supervisor', 'analyst'],
  'assessment.manage': ['unitHead', 'leader', 'analyst'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export const PERMISSION_LABELS: Record<Permission, string> = {
  'unit.read': '查看单位',
  'unit.manage': '管理单位',
  'user.read': '查看用户',
  'user.manage': '管理用户',
  'token.manage': '管理接口令牌',
  'audit.read': '查阅审计日志',
  'reference.read': '查询基础数据（行政区划、问题类别）',
  'case.register': '登记信访件',
  'case.read': '查看信访件',
  'case.identity': '查看信访人完整身份信息',
  'case.repeat': '认定重复件',
  'case.import': '导入历史台账',
  'case.export': '导出信访件',
  'config.manage': '维护业务规则（分办规则、办理期限、节假日）',
  'portal.message': '与网上信访人留言往来',
  'reception.manage': '维护领导接访安排',
  'risk.report': '上报信访隐患排查表',
  'risk.read': '查看隐患排查情况',
  'risk.manage': '更新隐患调处进展',
  'ownership.read': '查看领导包案',
  'ownership.manage': '安排领导包案',
  'ownership.progress': '填写包案进展',
  'diary.read': '查看民情日记',
  'diary.write': '填写民情日记',
  'meeting.read': '查看会议记录',
  'meeting.write': '记录会议及落实事项',
  'statistics.read': '查看统计分析和领导驾驶舱',
  'assessment.read': '查看考核计分',
  'assessment.manage': '签订目标责任状',
};

/** Permissions an API token may carry (integrations never manage accounts or read the audit trail). */
export const TOKEN_PERMISSIONS: readonly Permission[] = ['unit.read', 'reference.read', 'case.register'];

export interface Actor {
  /** public: a reporter on the portal, acting on their own case through its query code. */
  kind: 'user' | 'token' | 'public';
  id: string;
  name: string;
  unitId: string;
  /** Path of the actor's unit in the unit tree: the root of everything the actor may see. */
  unitPath: string;
  roles: readonly Role[];
  /** For tokens: the permissions granted to the token. */
  permissions?: readonly Permission[];
}

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'public') return false;
  if (actor.kind === 'token') return actor.permissions?.includes(permission) ?? false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((r) => allowed.includes(r));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSION_NAMES.filter((p) => roles.some((r) => (PERMISSIONS[p] as readonly Role[]).includes(r)));
}

/** Role combinations that no single account may hold (separation of duties). */
export function roleConflict(roles: readonly Role[]): string | null {
  if (roles.includes('auditor') && roles.length > 1) return '安全审计员不能兼任其他角色（三员分立）';
  return null;
}
