import { App, Button, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../../common/api.js';
import { FormModal } from '../../../../common/form-modal.js';
import { chinaTime } from '../../../../common/format.js';
import type { TrailSupervision } from './types.js';

const KIND_LABELS: Record<string, string> = { supervise: '督办', remind: '催办' };

interface Props {
  supervisions: readonly TrailSupervision[];
  /** The caller works in the handling unit: only it answers a 督办. */
  canReply: boolean;
  onReplied: () => void;
}

/** 督办 and 催办 notices on the case, each with the handling unit's reply or a form to give it. */
export function Supervisions({ supervisions, canReply, onReplied }: Props) {
  const { message } = App.useApp();
  const [replying, setReplying] = useState<TrailSupervision | null>(null);

  const reply = async ({ reply }: { reply: string }) => {
    await api.post(`/supervisions/${replying!.id}/reply`, { reply: reply.trim() });
    message.success('已回复督办');
    setReplying(null);
    onReplied();
  };

  return (
    <>
      <List
        data-testid="supervisions"
        dataSource={[...supervisions]}
        locale={{ emptyText: '暂无督办、催办' }}
        renderItem={(s) => (
          <List.Item
            actions={
              canReply && s.kind === 'supervise' && !s.reply
                ? [
                    <Button key="reply" size="small" type="primary" onClick={() => setReplying(s)}>
                      回复督办
                    </Button>,
                  ]
                : []
            }
          >
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={s.kind === 'supervise' ? 'red' : 'orange'}>{KIND_LABELS[s.kind] ?? s.kind}</Tag>
                <Typography.Text type="secondary">
                  {s.byName}
                  {'\u3000'}
                  {chinaTime(s.at)}
                </Typography.Text>
                {s.dueOn && <Tag>办理时限 {s.dueOn}</Tag>}
              </Space>
              {s.reason && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{s.reason}</Typography.Text>}
              {s.requirement && <Typography.Text type="secondary">要求：{s.requirement}</Typography.Text>}
              {s.reply ? (
                <Typography.Text type="success">承办单位回复：{s.reply}</Typography.Text>
              ) : (
                s.kind === 'supervise' && <Typography.Text type="warning">尚未回复</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <FormModal<{ reply: string }>
        title="回复督办"
        okText="回复"
        open={replying !== null}
        onCancel={() => setReplying(null)}
        onSubmit={reply}
      >
        {() => (
          <Form.Item
            name="reply"
            label="回复内容"
            rules={[
              { required: true, whitespace: true, message: '请填写回复内容' },
              { min: 2, message: '回复内容至少 2 个字' },
            ]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
