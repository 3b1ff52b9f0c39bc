import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { OWNED_KIND_LABELS, OWNED_KINDS, type OwnedKind } from '../../../../domain/ownership/index.js';
import { api } from '../../../common/api.js';
import { FormModal } from '../../../common/form-modal.js';
import type { Items, Unit } from '../../../common/types.js';
import { useLoad } from '../../../common/use-load.js';
import type { Risk } from '../risks/types.js';

interface Values {
  kind: OwnedKind;
  objectId?: string;
  caseNo?: string;
  personLabel?: string;
  leaderUserId: string;
  assignedPerson: string;
  responsibility: string;
  measures: string;
  goal: string;
  targetDate: Dayjs;
}

/** 安排包案: what is owned (a case by its number, an open risk, a key person, a village or an enterprise), the leader and the four 定. */
export function AssignModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const leaders = useLoad(() => (open ? api.get<{ items: { id: string; name: string; title: string | null }[] }>('/ownerships/leaders') : Promise.resolve({ items: [] })), String(open));
  const units = useLoad(() => (open ? api.get<Items<Unit>>('/units') : Promise.resolve({ items: [] as Unit[] })), `u${open}`);
  const risks = useLoad(() => (open ? api.get<{ items: Risk[] }>('/risks', { status: 'open' }) : Promise.resolve({ items: [] as Risk[] })), `r${open}`);
  const villages = (units.data?.items ?? []).filter((u) => u.level === 'village');
  return (
    <FormModal<Values>
      title="安排领导包案"
      open={open}
      okText="安排包案"
      width={620}
      initialValues={{ kind: 'risk' }}
      onCancel={onClose}
      onSubmit={async (v) => {
        let objectId = v.objectId;
        if (v.kind === 'case') objectId = (await api.get<{ id: string }>(`/cases/by-number/${encodeURIComponent(v.caseNo ?? '')}`)).id;
        await api.post('/ownerships', {
          kind: v.kind,
          objectId,
          ...(v.kind === 'keyPerson' ? { personLabel: v.personLabel } : {}),
          leaderUserId: v.leaderUserId,
          assignedPerson: v.assignedPerson,
          responsibility: v.responsibility,
          measures: v.measures,
          goal: v.goal,
          targetDate: v.targetDate.format('YYYY-MM-DD'),
        });
        void message.success('已安排包案');
        onDone();
      }}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="包案对象" rules={[{ required: true }]}>
            <Select options={OWNED_KINDS.map((k) => ({ value: k, label: OWNED_KIND_LABELS[k] }))} onChange={() => form.setFieldValue('objectId', undefined)} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() => {
              const kind = form.getFieldValue('kind') as OwnedKind;
              if (kind === 'case')
                return (
                  <Form.Item name="caseNo" label="信访编号" rules={[{ required: true, message: '请填写信访编号' }]}>
                    <Input maxLength={40} />
                  </Form.Item>
                );
              if (kind === 'risk')
                return (
                  <Form.Item name="objectId" label="信访隐患" rules={[{ required: true, message: '请选择隐患' }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} notFoundContent="没有未化解的隐患" options={(risks.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.unitName ?? ''}：${r.description}` }))} />
                  </Form.Item>
                );
              const list = kind === 'enterprise' ? villages.filter((u) => u.kind === 'enterprise') : kind === 'village' ? villages.filter((u) => u.kind !== 'enterprise') : villages;
              return (
                <>
                  {kind === 'keyPerson' && (
                    <Form.Item name="personLabel" label="重点人员" rules={[{ required: true, min: 2, message: '请填写重点人员姓名' }]}>
                      <Input maxLength={100} />
                    </Form.Item>
                  )}
                  <Form.Item name="objectId" label={kind === 'keyPerson' ? '所在村居或企业' : kind === 'enterprise' ? '企业' : '村（居）'} rules={[{ required: true, message: '请选择单位' }]}>
                    <Select showSearch={{ optionFilterProp: 'label' }} notFoundContent="没有可选的单位" options={list.map((u) => ({ value: u.id, label: u.name }))} />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
          <Form.Item name="leaderUserId" label="包案领导" rules={[{ required: true, message: '请选择包案领导' }]}>
            <Select notFoundContent="没有可选的领导" options={(leaders.data?.items ?? []).map((l) => ({ value: l.id, label: l.title ? `${l.name}（${l.title}）` : l.name }))} />
          </Form.Item>
          <Form.Item name="assignedPerson" label="定专人" rules={[{ required: true, min: 2, message: '请填写定专人' }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="responsibility" label="定责任" rules={[{ required: true, min: 2, message: '请填写定责任' }]}>
            <Input.TextArea rows={2} maxLength={300} />
          </Form.Item>
          <Form.Item name="measures" label="定措施" rules={[{ required: true, min: 2, message: '请填写定措施' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item name="goal" label="定目标" rules={[{ required: true, min: 2, message: '请填写定目标' }]}>
            <Input.TextArea rows={2} maxLength={300} />
          </Form.Item>
          <Form.Item name="targetDate" label="目标日期" rules={[{ required: true, message: '请选择目标日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
