import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import {
  levelDepth,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  UNIT_LEVEL_LABELS,
  UNIT_LEVELS,
  type UnitKind,
  type UnitLevel,
} from '../../../../domain/vocabulary/index.js';
import type { Unit } from '../../../common/types.js';
import { RegionInput } from '../../components/region-input.js';

export interface UnitFormValues {
  name: string;
  shortName?: string | null;
  code: string;
  level: UnitLevel;
  kind: UnitKind;
  regionCode: string;
  phone?: string | null;
  address?: string | null;
  sortOrder?: number;
}

export const OPTIONAL_UNIT_FIELDS: (keyof UnitFormValues)[] = ['shortName', 'phone', 'address'];

export const unitFormValues = (u: Unit): UnitFormValues => ({
  name: u.name,
  shortName: u.shortName,
  code: u.code,
  level: u.level,
  kind: u.kind,
  regionCode: u.regionCode,
  phone: u.phone,
  address: u.address,
  sortOrder: u.sortOrder,
});

/** The level a new child usually has: one below its parent (a village stays a village). */
export const childLevel = (parent: UnitLevel): UnitLevel =>
  UNIT_LEVELS[Math.min(levelDepth(parent) + 1, UNIT_LEVELS.length - 1)]!;

/** Fields of a unit; `parent` limits the levels to those a child of it may have. */
export function UnitFormFields({ parent }: { parent?: Unit | undefined }) {
  const levels = parent ? UNIT_LEVELS.filter((l) => levelDepth(l) >= levelDepth(parent.level)) : UNIT_LEVELS;
  return (
    <Row gutter={16}>
      <Col span={14}>
        <Form.Item
          label="名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请输入单位名称' },
            { min: 2, max: 60, message: '名称应为 2–60 个字' },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col span={10}>
        <Form.Item label="简称" name="shortName">
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          label="单位代码"
          name="code"
          rules={[
            { required: true, message: '请输入单位代码' },
            { pattern: /^[0-9A-Za-z]{2,20}$/, message: '单位代码应为 2–20 位字母或数字' },
          ]}
        >
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="排序" name="sortOrder">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="层级" name="level" rules={[{ required: true, message: '请选择层级' }]}>
          <Select
            options={levels.map((l) => ({ value: l, label: UNIT_LEVEL_LABELS[l] }))}
            placeholder="请选择"
          />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="单位类别" name="kind" rules={[{ required: true, message: '请选择单位类别' }]}>
          <Select
            options={UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
            placeholder="请选择"
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          label="行政区划代码"
          name="regionCode"
          extra={parent ? `上级单位：${parent.regionCode} ${parent.regionName ?? ''}` : undefined}
          rules={[
            { required: true, message: '请输入行政区划代码' },
            { pattern: /^\d{6}(\d{3}(\d{3})?)?$/, message: '行政区划代码应为 6、9 或 12 位数字' },
          ]}
        >
          <RegionInput />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="电话" name="phone">
          <Input maxLength={40} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="地址" name="address">
          <Input maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
