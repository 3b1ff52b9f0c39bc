import { Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { DEFAULT_REGISTRATION_RULES } from '../../../../../domain/register/registration.js';
import {
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  FORWARDED_SOURCES,
  NATURES_BY_PIPELINE,
  natureLabel,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCIES,
  URGENCY_LABELS,
  type CaseSource,
} from '../../../../../domain/register/registration-codes.js';
import {
  CHANNEL_LABELS,
  CHANNELS,
  PIPELINE_LABELS,
  PIPELINES,
  type Channel,
  type Pipeline,
} from '../../../../../domain/vocabulary/index.js';
import { api } from '../../../../common/api.js';
import { natureFieldLabel, optionsOf } from '../../../../common/case-labels.js';
import { CategorySelect } from '../shared/category-select.js';
import { RegionCascader } from '../shared/region-cascader.js';
import { chinaToday, daysBetween } from './china-date.js';

/** The sources that fit a channel: a transfer comes from another body, a leader's referral from a leader. */
export function sourcesFor(channel: Channel | undefined): readonly CaseSource[] {
  if (channel === 'transferIn') return FORWARDED_SOURCES;
  if (channel === 'leaderReferral') return ['leaderAssigned'];
  return CASE_SOURCES;
}

const required = (message: string) => [{ required: true, message }];
const col = { xs: 24, md: 12, xl: 8 };

/** The due date of the first notice the petitioner is owed, shown under 信访日期 (discipline: only real-name). */
function useDeadlinePreview(
  receivedOn: string | undefined,
  pipeline: Pipeline | undefined,
  anonymous: boolean,
) {
  const [text, setText] = useState<string | null>(null);
  const step =
    pipeline === 'government'
      ? 'acceptanceNotice'
      : pipeline === 'discipline' && !anonymous
        ? 'realNameAcceptNotice'
        : null;
  useEffect(() => {
    setText(null);
    if (!receivedOn || !step || !pipeline) return;
    let live = true;
    api.get<{ preview: string }>('/deadlines/preview', { step, start: receivedOn, pipeline }).then(
      (r) => live && setText(r.preview),
      () => undefined, // a preview is a help, not a condition: without it the form still works
    );
    return () => {
      live = false;
    };
  }, [receivedOn, step, pipeline]);
  return text;
}

/** 信访日期 … 密级: when, how, from where, what kind, where the matter is. */
export function CaseFields({ askBackdateReason }: { askBackdateReason: boolean }) {
  const form = Form.useFormInstance();
  const received = Form.useWatch<Dayjs | null>('receivedOn', form);
  const channel = Form.useWatch<Channel | undefined>('channel', form);
  const pipeline = Form.useWatch<Pipeline | undefined>('pipeline', form);
  const anonymous = Boolean(Form.useWatch<boolean>('anonymous', form));
  const receivedOn = received ? received.format('YYYY-MM-DD') : undefined;
  const today = chinaToday();
  const late = receivedOn ? daysBetween(receivedOn, today) : 0;
  const limit = DEFAULT_REGISTRATION_RULES.backdateDaysWithoutReason;
  const preview = useDeadlinePreview(receivedOn, pipeline, anonymous);

  return (
    <Row gutter={16}>
      <Col {...col}>
        <Form.Item name="receivedOn" label="信访日期" rules={required('请选择信访日期')} extra={preview}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.format('YYYY-MM-DD') > today}
            allowClear={false}
          />
        </Form.Item>
      </Col>
      {(late > limit || askBackdateReason) && (
        <Col {...col}>
          <Form.Item
            name="backdateReason"
            label="补录理由"
            rules={required(`信访日期早于今天${late}天，超过${limit}天须填写补录理由`)}
          >
            <Input placeholder="如：历史台账补录、信件延误" maxLength={200} />
          </Form.Item>
        </Col>
      )}
      <Col {...col}>
        <Form.Item name="channel" label="信访形式" rules={required('请选择信访形式')}>
          <Select options={optionsOf(CHANNELS, CHANNEL_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="source" label="信访来源" rules={required('请选择信访来源')}>
          <Select options={optionsOf(sourcesFor(channel), CASE_SOURCE_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="pipeline" label="业务类型" rules={required('请选择业务类型')}>
          <Select options={optionsOf(PIPELINES, PIPELINE_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="nature" label={natureFieldLabel(pipeline)} rules={required('请选择性质/类别')}>
          <Select
            placeholder={pipeline ? '请选择' : '请先选择业务类型'}
            options={(pipeline ? NATURES_BY_PIPELINE[pipeline] : []).map((n) => ({
              value: n,
              label: natureLabel(pipeline!, n),
            }))}
          />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="categoryCode" label="问题类别">
          <CategorySelect pipeline={pipeline} allowClear />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="matterRegionCode" label="问题属地" rules={required('请选择问题属地')}>
          <RegionCascader style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="urgency" label="紧急程度">
          <Select options={optionsOf(URGENCIES, URGENCY_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="secrecy" label="密级">
          <Select options={optionsOf(SECRECY_LEVELS, SECRECY_LABELS)} />
        </Form.Item>
      </Col>
      <Col {...col}>
        <Form.Item name="headcount" label="人数" extra="来访、联名信的人数；不填按登记的信访人计">
          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      {channel === 'phone' && (
        <Col {...col}>
          <Form.Item name="callerNumber" label="来电号码">
            <Input inputMode="tel" maxLength={30} />
          </Form.Item>
        </Col>
      )}
      <Col {...col}>
        <Form.Item
          name="anonymous"
          label="匿名"
          valuePropName="checked"
          extra={anonymous ? '匿名：不登记信访人姓名' : undefined}
        >
          <Switch checkedChildren="匿名" unCheckedChildren="署名" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 标题 … 主要诉求: what the item says. */
export function ContentFields() {
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Form.Item name="title" label="标题">
          <Input maxLength={100} showCount placeholder="如：反映××镇××违规收受礼金" />
        </Form.Item>
      </Col>
      <Col xs={24} xl={12}>
        <Form.Item name="summary" label="内容摘要">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Col>
      <Col xs={24} xl={12}>
        <Form.Item name="demands" label="主要诉求">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="content" label="信访内容" extra="网上、短信、电子邮件信访须保存原文">
          <Input.TextArea rows={6} maxLength={50000} />
        </Form.Item>
      </Col>
    </Row>
  );
}
