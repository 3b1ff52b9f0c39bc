import { Card, Descriptions, Tag, Typography } from 'antd';
import { ROLE_LABELS, UNIT_LEVEL_LABELS, type UnitLevel } from '../../../domain/vocabulary/index.js';
import { PERMISSION_LABELS, type Permission } from '../../../domain/policies/permissions.js';
import { chinaTime } from '../../common/format.js';
import { useMe } from '../session.js';

export default function HomePage() {
  const me = useMe();
  const level = UNIT_LEVEL_LABELS[me.unit.level as UnitLevel] ?? me.unit.level;
  return (
    <Card>
      <Typography.Title level={3}>您好，{me.user.displayName}</Typography.Title>
      <Typography.Paragraph type="secondary">
        欢迎使用信访举报信息管理系统。请从左侧菜单进入各项功能。
      </Typography.Paragraph>
      {me.demo && (
        <Tag color="orange" style={{ marginBottom: 16 }}>
          演示环境：数据为演示数据
        </Tag>
      )}
      <Descriptions bordered column={1} size="middle" styles={{ label: { width: 140 } }}>
        <Descriptions.Item label="用户名">{me.user.username}</Descriptions.Item>
        <Descriptions.Item label="所属单位">
          {me.unit.name}（{level}）
        </Descriptions.Item>
        <Descriptions.Item label="角色">
          {me.user.roles.map((r) => (
            <Tag key={r}>{ROLE_LABELS[r]}</Tag>
          ))}
        </Descriptions.Item>
        {me.user.title && <Descriptions.Item label="职务">{me.user.title}</Descriptions.Item>}
        <Descriptions.Item label="可用权限">
          {me.permissions.map((p) => (
            <Tag key={p} color="blue">
              {PERMISSION_LABELS[p as Permission] ?? p}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label="最近登录">{chinaTime(me.user.lastLoginAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
