import { TRANSITIONS, type CaseAction } from '../../domain/workflow/index.js';
// Chinese names of the audit actions written by src/services (audit(tx, ctx, { action, objectType, … })).
// An action missing here still shows, under its identifier, so a new one is never hidden.

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.loginFailed': '登录失败',
  'auth.locked': '账号锁定',
  'auth.loginLocked': '锁定期间尝试登录',
  'auth.logout': '退出',
  'auth.changePassword': '修改密码',
  'unit.create': '新建单位',
  'unit.update': '修改单位',
  'unit.move': '调整上级单位',
  'unit.deactivate': '停用单位',
  'unit.activate': '启用单位',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.activate': '启用用户',
  'user.deactivate': '停用用户',
  'user.unlock': '解锁',
  'user.resetPassword': '重置密码',
  'token.create': '新建接口令牌',
  'token.revoke': '吊销接口令牌',
  'case.register': '登记信访件',
  'case.view': '查看信访件',
  'case.viewIdentity': '查看信访人完整身份信息',
  'case.markRepeat': '认定重复件',
  'case.confirmNew': '确认非重复件',
  'case.undoRepeat': '撤销重复件认定',
  'attachment.add': '上传附件',
  'attachment.view': '查看附件',
  'case.viewTrail': '查看办理轨迹',
  'case.export': '导出信访件',
  'case.messageReporter': '向网上信访人留言',
  'case.replySupervision': '回复督办',
  'notice.view': '查看告知书',
  'import.create': '上传台账',
  'import.remap': '调整台账列对应',
  'import.commit': '提交台账导入',
  'import.finish': '台账导入完成',
  'import.fail': '台账导入失败',
  'config.routing': '修改分办规则',
  'config.calendar': '录入放假安排',
  'config.timeLimit': '修改办理期限',
  'config.deadlineSettings': '修改超期设置',
  'config.statisticsSettings': '修改统计口径（基本满意）',
  'portal.query': '信访人网上查询',
  'portal.message': '信访人网上留言',
  'portal.requestReview': '信访人网上申请复查',
  'reception.add': '新增接访安排',
  'reception.remove': '删除接访安排',
  'system.rekey': '更换加密密钥',
  'system.seedDemo': '初始化演示数据',
};

export const AUDIT_OBJECT_LABELS: Record<string, string> = {
  user: '用户',
  unit: '单位',
  apiToken: '接口令牌',
  case: '信访件',
  system: '系统',
  config: '业务规则',
  importJob: '台账导入',
  receptionSlot: '接访安排',
};

/** Workflow steps are audited as `case.<action>`: their label is the transition's own (拟办, 批示 …). */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const step = action.startsWith('case.') ? action.slice(5) : '';
  return step in TRANSITIONS ? `办理：${TRANSITIONS[step as CaseAction].label}` : action;
}
export const auditObjectLabel = (objectType: string) => AUDIT_OBJECT_LABELS[objectType] ?? objectType;
