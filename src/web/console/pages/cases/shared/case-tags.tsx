import { Space, Tag, Tooltip } from 'antd';
import { caseStateLabel, LIGHT_COLORS, LIGHT_LABELS, urgencyLabel } from '../../../../common/case-labels.js';
import { OVERDUE_GRADE_LABELS, type OverdueGrade } from '../../../../../domain/deadlines/lights.js';

interface Flagged {
  groupVisit: boolean;
  skipLevel: boolean;
  realName: boolean;
  anonymous?: boolean;
  repeatStatus?: string;
  repeatCount?: number;
  urgency?: string;
}

/** 集体访 / 越级访 / 实名 (or 匿名) / 重复件 / 紧急: the marks a case carries, as tags. */
export function CaseFlags({ c, skipLevelReason }: { c: Flagged; skipLevelReason?: string | null }) {
  return (
    <Space size={4} wrap data-testid="case-flags">
      {c.groupVisit && <Tag color="volcano">集体访</Tag>}
      {c.skipLevel && (
        <Tooltip title={skipLevelReason ?? undefined}>
          <Tag color="magenta">越级访</Tag>
        </Tooltip>
      )}
      {c.realName ? <Tag color="blue">实名</Tag> : c.anonymous ? <Tag>匿名</Tag> : null}
      {c.repeatStatus === 'repeat' && (
        <Tag color="orange">重复件{c.repeatCount && c.repeatCount > 1 ? `（第${c.repeatCount}次）` : ''}</Tag>
      )}
      {c.urgency && c.urgency !== 'normal' && <Tag color="red">{urgencyLabel(c.urgency)}</Tag>}
    </Space>
  );
}

export function StateTag({ state }: { state: string }) {
  return <Tag color="processing">{caseStateLabel(state)}</Tag>;
}

/** 超时 / 中度超时 / 严重超时, darker as it gets worse. */
export function OverdueTag({ grade }: { grade?: string | null }) {
  if (!grade || !(grade in OVERDUE_GRADE_LABELS)) return null;
  const color = { overdue: 'orange', moderatelyOverdue: 'red', severelyOverdue: '#a8071a' }[grade as OverdueGrade];
  return (
    <Tag color={color} data-overdue={grade}>
      {OVERDUE_GRADE_LABELS[grade as OverdueGrade]}
    </Tag>
  );
}

/** The worst running clock as a coloured dot, with its due date and, when late, how late. */
export function LightDot({ light, dueOn, grade }: { light?: string | null; dueOn?: string | null; grade?: string | null }) {
  if (!light) return <span style={{ color: 'rgba(0,0,0,.25)' }}>—</span>;
  return (
    <Space size={6} aria-label={LIGHT_LABELS[light]}>
      <span
        style={{
          display: 'inline-block',
          width: 10,
          height: 10,
          borderRadius: '50%',
          background: LIGHT_COLORS[light] ?? '#d9d9d9',
        }}
      />
      <span>{dueOn ?? LIGHT_LABELS[light]}</span>
      <OverdueTag grade={grade} />
    </Space>
  );
}
