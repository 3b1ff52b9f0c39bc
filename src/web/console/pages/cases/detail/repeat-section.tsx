import { Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../common/api.js';
import { FormModal } from '../../../../common/form-modal.js';
import { useLoad } from '../../../../common/use-load.js';
import { RepeatCandidates } from '../shared/repeat-candidates.js';
import type { CaseDetail, RepeatCandidate } from '../types.js';

interface Props {
  c: CaseDetail;
  canDecide: boolean;
  onChanged: () => void;
}

/** 重信重访: the decision so far, the candidates computed again now, and 撤销认定 (the link stays in the history). */
export function RepeatSection({ c, canDecide, onChanged }: Props) {
  const [tick, setTick] = useState(0);
  const candidates = useLoad(
    () => api.get<{ items: RepeatCandidate[] }>(`/cases/${c.id}/repeat-candidates`),
    `${c.id}#${tick}`,
  );
  const [undoing, setUndoing] = useState(false);
  const changed = () => {
    setTick((t) => t + 1);
    onChanged();
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {candidates.error ? (
        <Typography.Text type="danger">{candidates.error.message}</Typography.Text>
      ) : !candidates.data ? (
        <Typography.Text type="secondary">正在查找疑似重复件…</Typography.Text>
      ) : (
        <RepeatCandidates
          caseId={c.id}
          receivedOn={c.receivedOn}
          candidates={candidates.data.items}
          repeatStatus={c.repeatStatus}
          repeatOf={c.repeatOf}
          canDecide={canDecide}
          onDecided={changed}
        />
      )}
      {canDecide && c.repeatStatus === 'repeat' && (
        <Button danger onClick={() => setUndoing(true)}>
          撤销认定
        </Button>
      )}
      <FormModal<{ reason: string }>
        title="撤销重复件认定"
        okText="撤销认定"
        open={undoing}
        onCancel={() => setUndoing(false)}
        onSubmit={async ({ reason }) => {
          await api.post(`/cases/${c.id}/repeat/undo`, { reason });
          setUndoing(false);
          changed();
        }}
      >
        {() => (
          <Form.Item
            name="reason"
            label="撤销理由"
            rules={[{ required: true, min: 2, whitespace: true, message: '请填写撤销理由（至少2个字）' }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
      </FormModal>
    </Space>
  );
}
