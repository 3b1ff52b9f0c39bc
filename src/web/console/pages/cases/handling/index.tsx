// 办理: what the caller may do next with a case (exactly the server's allowedActions), and its whole trail.
// Mounted on the case page: <CaseHandling caseId={…} onChanged={reloadCase} />.
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, API_BASE } from '../../../../common/api.js';
import { ErrorResult } from '../../../../common/error-result.js';
import type { Items, Unit } from '../../../../common/types.js';
import { useLoad } from '../../../../common/use-load.js';
import { isCaseAction, TRANSITIONS, type CaseAction } from '../../../../../domain/workflow/transitions.js';
import { useMe } from '../../../session.js';
import { ActionDialog } from './action-dialog.js';
import { DeadlinesTable } from './deadlines-table.js';
import { InstructionsCard, LinksList, NoticesList } from './documents.js';
import { stateLabel } from './labels.js';
import { Supervisions } from './supervisions.js';
import { TrailTimeline } from './trail-timeline.js';
import type { Trail } from './types.js';

/** Actions that turn a case back, end it without handling, or only annotate it: not the main path. */
const SECONDARY: ReadonlySet<CaseAction> = new Set<CaseAction>([
  'sendBackProposal',
  'return',
  'decline',
  'outOfScope',
  'fileAsRepeat',
  'takeBack',
  'refuseFinal',
  'sendBackConclusion',
  'rejectExtension',
  'requestExtension',
  'pause',
  'supervise',
  'remind',
  'archive',
]);

interface Props {
  caseId: string;
  /** Called after an action went through (the case itself changed). */
  onChanged?: () => void;
  /** The case's handling unit, when the page knows it: only that unit answers a 督办. */
  handlingUnitId?: string;
}

export function CaseHandling({ caseId, onChanged, handlingUnitId }: Props) {
  const me = useMe();
  const [tick, setTick] = useState(0);
  const trail = useLoad(() => api.get<Trail>(`/cases/${caseId}/trail`), `${caseId}#${tick}`);
  const units = useLoad(() => api.get<Items<Unit>>('/units'), 'units');
  const unitList = useMemo(() => units.data?.items ?? [], [units.data]);
  const [acting, setActing] = useState<CaseAction | null>(null);

  const changed = useCallback(() => {
    setActing(null);
    setTick((t) => t + 1);
    onChanged?.();
  }, [onChanged]);
  const reloadTrail = useCallback(() => setTick((t) => t + 1), []);
  // After someone else acted, the open dialog may offer an action the case no longer allows: close it and say so.
  const { message } = App.useApp();
  const offered = trail.data?.allowedActions;
  useEffect(() => {
    if (acting && offered && !offered.includes(acting)) {
      message.warning(`本件当前已不能「${TRANSITIONS[acting].label}」`);
      setActing(null);
    }
  }, [acting, offered, message]);
  const canOpen = useCallback((name: string) => unitList.some((u) => u.name === name), [unitList]);

  if (trail.error) return <ErrorResult error={trail.error} onRetry={() => void trail.reload()} />;
  const t = trail.data;
  if (!t) return <Card loading title="办理" />;
  const actions = t.allowedActions.filter(isCaseAction);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="case-handling">
      <Card
        size="small"
        title={
          <Space>
            <span>办理</span>
            <Tag color="blue" data-testid="case-state">
              {stateLabel(t.state)}
            </Tag>
          </Space>
        }
        extra={
          <Button
            icon={<PrinterOutlined />}
            href={`${API_BASE}/cases/${caseId}/trail/print`}
            target="_blank"
            rel="noreferrer"
          >
            打印办理轨迹
          </Button>
        }
      >
        {actions.length === 0 ? (
          <Typography.Text type="secondary">当前没有您可以执行的办理操作</Typography.Text>
        ) : (
          <Space wrap data-testid="case-actions">
            {actions.map((a) => (
              <Button key={a} type={SECONDARY.has(a) ? 'default' : 'primary'} onClick={() => setActing(a)}>
                {TRANSITIONS[a].label}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <InstructionsCard instructions={t.instructions} />
      <Card size="small" title="办理期限">
        <DeadlinesTable deadlines={t.deadlines} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title="办理轨迹">
            <TrailTimeline events={t.events} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title="关联件">
              <LinksList links={t.links} canOpen={canOpen} />
            </Card>
            <Card size="small" title="督办催办">
              <Supervisions
                supervisions={t.supervisions}
                canReply={handlingUnitId === undefined || handlingUnitId === me.unit.id}
                onReplied={reloadTrail}
              />
            </Card>
            <Card size="small" title="告知书与函件">
              <NoticesList notices={t.notices} />
            </Card>
          </Space>
        </Col>
      </Row>
      {acting && (
        <ActionDialog
          caseId={caseId}
          caseNo={t.caseNo}
          action={acting}
          version={t.version}
          units={unitList}
          ownUnit={{ id: me.unit.id, path: me.unit.path }}
          onClose={() => {
            setActing(null);
            reloadTrail();
          }}
          onDone={changed}
          onStale={reloadTrail}
        />
      )}
    </Space>
  );
}

export default CaseHandling;
