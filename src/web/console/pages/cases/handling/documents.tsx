import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { API_BASE } from '../../../../common/api.js';
import { chinaTime } from '../../../../common/format.js';
import { linkLabel, noticeLabel, stateLabel } from './labels.js';
import type { TrailInstruction, TrailLink, TrailNotice } from './types.js';

/** 领导批示: shown above everything else on the case, as leaders' words are followed first. */
export function InstructionsCard({ instructions }: { instructions: readonly TrailInstruction[] }) {
  if (instructions.length === 0) return null;
  return (
    <Card
      title="领导批示"
      size="small"
      data-testid="instructions"
      style={{ borderColor: '#ffa39e', background: '#fff1f0' }}
      styles={{ header: { color: '#cf1322' } }}
    >
      {instructions.map((i, n) => (
        <div key={`${i.at}:${n}`} style={{ marginBottom: n < instructions.length - 1 ? 12 : 0 }}>
          <Typography.Paragraph style={{ fontSize: 16, whiteSpace: 'pre-wrap', marginBottom: 4 }}>
            {i.text}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {i.leaderName}
            {'\u3000'}
            {chinaTime(i.at)}
            {i.documentNo && `\u3000${i.documentNo}`}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}

/** Notices to the petitioner and letters between units; each opens print-ready in a new tab. */
export function NoticesList({ notices }: { notices: readonly TrailNotice[] }) {
  return (
    <List
      size="small"
      dataSource={[...notices]}
      locale={{ emptyText: '暂无告知书、交办函' }}
      renderItem={(n) => (
        <List.Item>
          <Space wrap>
            <a href={`${API_BASE}/notices/${n.id}`} target="_blank" rel="noreferrer">
              {noticeLabel(n.kind)}
            </a>
            <Typography.Text type="secondary">{n.noticeNo}</Typography.Text>
            <Typography.Text type="secondary">
              {n.issuedBy}
              {'\u3000'}
              {chinaTime(n.issuedAt)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

interface LinksProps {
  links: readonly TrailLink[];
  /** Whether the caller may open a case of that unit (units of the caller's subtree). */
  canOpen: (unitName: string) => boolean;
}

/** The case's counterparts at other units (交办 / 转办 / 上报), with their number, unit and state. */
export function LinksList({ links, canOpen }: LinksProps) {
  return (
    <List
      size="small"
      data-testid="linked-cases"
      dataSource={[...links]}
      locale={{ emptyText: '暂无关联件' }}
      renderItem={(l) => (
        <List.Item>
          <Space wrap>
            <Tag color={l.direction === 'out' ? 'blue' : 'geekblue'}>{linkLabel(l.kind, l.direction)}</Tag>
            <span>{l.unitName}</span>
            {canOpen(l.unitName) ? (
              <Link to={`/cases/${l.caseId}`}>{l.caseNo}</Link>
            ) : (
              <span>{l.caseNo}</span>
            )}
            {l.state && <Tag>{stateLabel(l.state)}</Tag>}
            {l.undone && <Tag color="default">已收回</Tag>}
          </Space>
        </List.Item>
      )}
    />
  );
}
