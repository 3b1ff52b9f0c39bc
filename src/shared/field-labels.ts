/** Chinese names of request fields, used to name the field in validation messages. */
export const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  unitId: '所属单位',
  parentId: '上级单位',
  roles: '角色',
  phone: '电话',
  title: '职务',
  name: '名称',
  shortName: '简称',
  code: '单位代码',
  level: '层级',
  kind: '单位类别',
  regionCode: '行政区划',
  address: '地址',
  sortOrder: '排序',
  version: '版本号',
  reason: '理由',
  active: '状态',
  permissions: '权限',
  expiresAt: '有效期',
  limit: '每页条数',
  offset: '起始位置',
  from: '开始时间',
  to: '结束时间',
  id: '编号',
  q: '关键词',
};

export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? path;
  return FIELD_LABELS[last] ?? last;
}
