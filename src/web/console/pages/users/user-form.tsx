import { Checkbox, Col, Form, Input, Row } from 'antd';
import { roleConflict } from '../../../../domain/policies/permissions.js';
import { ROLE_LABELS, ROLES, type Role } from '../../../../domain/vocabulary/index.js';
import type { Unit, User } from '../../../common/types.js';
import { UnitSelect } from '../../components/unit-select.js';

export interface UserFormValues {
  username?: string;
  displayName: string;
  unitId: string;
  roles: Role[];
  phone?: string | null;
  title?: string | null;
}

export const OPTIONAL_USER_FIELDS: (keyof UserFormValues)[] = ['phone', 'title'];

export const userFormValues = (u: User): UserFormValues => ({
  displayName: u.displayName,
  unitId: u.unitId,
  roles: u.roles,
  phone: u.phone,
  title: u.title,
});

/** Account fields; the user name is set once, at creation. */
export function UserFormFields({ units, creating }: { units: readonly Unit[]; creating: boolean }) {
  return (
    <Row gutter={16}>
      {creating && (
        <Col span={12}>
          <Form.Item
            label="用户名"
            name="username"
            extra="登录用，创建后不能修改"
            rules={[
              { required: true, message: '请输入用户名' },
              {
                pattern: /^[A-Za-z0-9_.-]{3,40}$/,
                message: '用户名应为 3–40 位字母、数字、下划线、点或连字符',
              },
            ]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </Col>
      )}
      <Col span={12}>
        <Form.Item
          label="姓名"
          name="displayName"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { min: 2, max: 30, message: '姓名应为 2–30 个字' },
          ]}
        >
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: '请选择所属单位' }]}>
          <UnitSelect units={units} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label="角色"
          name="roles"
          extra="可多选"
          rules={[
            { required: true, type: 'array', min: 1, message: '请至少选择一个角色' },
            {
              validator: async (_, roles: Role[] | undefined) => {
                const c = roles ? roleConflict(roles) : null;
                if (c) throw new Error(c);
              },
            },
          ]}
        >
          <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="职务" name="title">
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="电话" name="phone">
          <Input maxLength={40} />
        </Form.Item>
      </Col>
    </Row>
  );
}
