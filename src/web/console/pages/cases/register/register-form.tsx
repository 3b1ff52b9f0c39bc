import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Divider, Form, Space, Typography, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ACCEPTED_FILE_TYPES } from '../../../../../domain/files/sniff.js';
import { isNatureOf } from '../../../../../domain/register/registration-codes.js';
import type { Channel, Pipeline } from '../../../../../domain/vocabulary/index.js';
import { api, ApiError } from '../../../../common/api.js';
import { useMe } from '../../../session.js';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_MB, uploadAttachment } from '../shared/upload.js';
import type { RegisterResult } from '../types.js';
import { CaseFields, ContentFields, sourcesFor } from './case-fields.js';
import { chinaToday } from './china-date.js';
import { formFieldOf, toRegisterBody, type RegisterValues, type RowMap } from './form-values.js';
import { AccusedList, PetitionerList } from './party-lists.js';
import type { UploadOutcome } from './register-result.js';

export type FormValues = Omit<RegisterValues, 'receivedOn'> & { receivedOn: Dayjs };
/** What one registration hands to the next (继续登记): how and when items are coming in today. */
export type Carry = Partial<
  Pick<FormValues, 'channel' | 'source' | 'pipeline' | 'receivedOn' | 'matterRegionCode'>
>;

interface Props {
  carry: Carry;
  onRegistered: (result: RegisterResult, uploads: UploadOutcome[], carry: Carry) => void;
}

interface Problem {
  message: string;
  /** Messages about fields the form does not show. */
  details: string[];
}

/** The registration form (信访登记表) for every channel; attachments go up once the case exists. */
export function RegisterForm({ carry, onRegistered }: Props) {
  const me = useMe();
  const [form] = Form.useForm<FormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [askBackdate, setAskBackdate] = useState(false);

  const initialValues: Partial<FormValues> = {
    receivedOn: dayjs(chinaToday()),
    channel: 'letter',
    source: 'direct',
    urgency: 'normal',
    secrecy: 'none',
    anonymous: false,
    petitioners: [{ phones: [''] }],
    accused: carry.pipeline === 'government' ? [] : [{ kind: 'person' }],
    ...carry,
  };

  // A choice that narrows another: the nature and category follow the pipeline, the source follows the channel.
  const onValuesChange = (changed: Partial<FormValues>, all: FormValues) => {
    if (changed.pipeline) {
      const pipeline: Pipeline = changed.pipeline;
      form.setFieldsValue({
        categoryCode: undefined,
        ...(all.nature && !isNatureOf(pipeline, all.nature) ? { nature: undefined } : {}),
      });
    }
    if (changed.channel) {
      const allowed = sourcesFor(changed.channel as Channel);
      if (!allowed.includes(all.source)) form.setFieldsValue({ source: allowed[0] });
    }
  };

  const showRefusal = (e: unknown, rows: RowMap) => {
    if (!(e instanceof ApiError)) return setProblem({ message: '登记失败，请稍后重试', details: [] });
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    const details: string[] = [];
    for (const f of e.fields) {
      const name = formFieldOf(f.field, rows);
      if (!name) {
        details.push(f.message);
        continue;
      }
      const key = name.join('.');
      byField.set(key, { name, errors: [...(byField.get(key)?.errors ?? []), f.message] });
    }
    if (byField.has('backdateReason')) setAskBackdate(true);
    setProblem({ message: e.message, details });
    // After the render that shows every field asked for (补录理由 may just have appeared).
    setTimeout(() => {
      // Paths into Form.List rows are not in the form's static type.
      const fields = [...byField.values()] as Parameters<typeof form.setFields>[0];
      form.setFields(fields);
      if (fields[0]?.name) form.scrollToField(fields[0].name, { block: 'center' });
    }, 0);
  };

  const submit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const { body, rows } = toRegisterBody({ ...values, receivedOn: values.receivedOn.format('YYYY-MM-DD') });
    setBusy(true);
    setProblem(null);
    try {
      const result = await api.post<RegisterResult>('/cases', body);
      const uploads: UploadOutcome[] = [];
      for (const f of files) {
        try {
          await uploadAttachment(result.case.id, f.originFileObj as Blob, f.name, me.csrfToken);
          uploads.push({ fileName: f.name });
        } catch (err) {
          uploads.push({ fileName: f.name, error: err instanceof ApiError ? err.message : '上传失败' });
        }
      }
      const { channel, source, pipeline, receivedOn, matterRegionCode } = values;
      onRegistered(result, uploads, { channel, source, pipeline, receivedOn, matterRegionCode });
    } catch (e) {
      showRefusal(e, rows);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="信访登记" data-testid="register-form">
      {problem && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={problem.message}
          description={problem.details.length ? problem.details.join('；') : undefined}
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={() => void submit()}
        scrollToFirstError={{ block: 'center' }}
      >
        <CaseFields askBackdateReason={askBackdate} />
        <Divider titlePlacement="start">信访人</Divider>
        <PetitionerList />
        <Divider titlePlacement="start">被反映人</Divider>
        <AccusedList />
        <Divider titlePlacement="start">信访内容</Divider>
        <ContentFields />
        <Divider titlePlacement="start">附件</Divider>
        <Form.Item
          extra={`来信扫描件、图片、PDF、来电录音，单个不超过 ${MAX_ATTACHMENT_MB} MB（${ACCEPTED_FILE_TYPES}）；登记保存后上传`}
        >
          <Upload
            multiple
            accept={ATTACHMENT_ACCEPT}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList)}
          >
            <Button icon={<UploadOutlined />}>选择附件</Button>
          </Upload>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy} size="large">
            保存登记
          </Button>
          <Typography.Text type="secondary">保存后生成信访编号，并提示可能的重复件</Typography.Text>
        </Space>
      </Form>
    </Card>
  );
}
