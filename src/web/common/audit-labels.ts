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
  'system.seedDemo': '初始化演示数据',
};

export const AUDIT_OBJECT_LABELS: Record<string, string> = {
  user: '用户',
  unit: '单位',
  apiToken: '接口令牌',
  case: '信访件',
  system: '系统',
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
export const auditObjectLabel = (objectType: string) => AUDIT_OBJECT_LABELS[objectType] ?? objectType;
