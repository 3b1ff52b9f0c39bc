import { App, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, errorMessage } from '../../../../common/api.js';
import type { CaseDetail, RepeatCandidate } from '../types.js';

interface Props {
  caseId: string;
  /** 信访日期 of this case: only an earlier case can be what it repeats. */
  receivedOn: string;
  candidates: readonly RepeatCandidate[];
  /** The case's current decision: 'unchecked' | 'new' | 'repeat', and what it repeats. */
  repeatStatus: string;
  repeatOf: { id: string; caseNo: string } | null;
  canDecide: boolean;
  onDecided: (c: CaseDetail) => void;
}

const scoreText = (score: number) => `匹配度 ${Math.round((score <= 1 ? score * 100 : score) * 10) / 10}%`;

/** 重信重访: the earlier cases that look like this one, why, and the registrar's decision (link or confirm new). */
export function RepeatCandidates({
  caseId,
  receivedOn,
  candidates,
  repeatStatus,
  repeatOf,
  canDecide,
  onDecided,
}: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  const decide = async (key: string, body: { repeatOf: string } | { isNew: true }, done: string) => {
    setBusy(key);
    try {
      onDecided(await api.post<CaseDetail>(`/cases/${caseId}/repeat`, body));
      message.success(done);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="repeat-candidates">
      <Typography.Text>
        {repeatStatus === 'repeat' && repeatOf ? (
          <>
            已认定为 <Link to={`/cases/${repeatOf.id}`}>{repeatOf.caseNo}</Link> 的重复件
          </>
        ) : repeatStatus === 'new' ? (
          '已确认为新件'
        ) : candidates.length ? (
          `发现 ${candidates.length} 件疑似重复件，请甄别`
        ) : (
          '未发现疑似重复件'
        )}
      </Typography.Text>
      {candidates.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={[...candidates]}
          renderItem={(c) => (
            <List.Item
              actions={
                canDecide
                  ? [
                      repeatOf?.id === c.caseId ? (
                        <Tag key="linked" color="orange">
                          已认定
                        </Tag>
                      ) : c.receivedOn > receivedOn ? (
                        <Tag key="later">晚于本件</Tag>
                      ) : (
                        <Popconfirm
                          key="link"
                          title={`认定本件为 ${c.caseNo} 的重复件？`}
                          okText="认定"
                          cancelText="取消"
                          onConfirm={() =>
                            decide(c.caseId, { repeatOf: c.caseId }, `已认定为 ${c.caseNo} 的重复件`)
                          }
                        >
                          <Button size="small" type="primary" loading={busy === c.caseId}>
                            认定为重复件
                          </Button>
                        </Popconfirm>
                      ),
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap size={8}>
                    <Link to={`/cases/${c.caseId}`}>{c.caseNo}</Link>
                    <span>{c.title}</span>
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={4}>
                    <Typography.Text type="secondary">
                      {c.receivedOn}
                      {'\u3000'}
                      {c.unitName}
                      {'\u3000'}
                      {scoreText(c.score)}
                    </Typography.Text>
                    <Space size={[4, 4]} wrap>
                      {c.reasons.map((r) => (
                        <Tag key={r} color="gold">
                          {r}
                        </Tag>
                      ))}
                    </Space>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {canDecide && repeatStatus !== 'new' && repeatStatus !== 'repeat' && (
        <Button loading={busy === 'new'} onClick={() => void decide('new', { isNew: true }, '已确认为新件')}>
          确认为新件
        </Button>
      )}
    </Space>
  );
}
