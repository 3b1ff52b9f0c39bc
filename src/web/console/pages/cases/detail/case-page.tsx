import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../../../common/api.js';
import { ErrorResult } from '../../../../common/error-result.js';
import { useLoad } from '../../../../common/use-load.js';
import { hasPermission, useMe } from '../../../session.js';
import { CaseHandling } from '../handling/index.js';
import { CaseBarcodes } from '../shared/barcodes.js';
import { loadCategories } from '../shared/categories.js';
import { CaseFlags, StateTag } from '../shared/case-tags.js';
import { PrintoutButtons } from '../shared/printouts.js';
import type { CaseDetail, CategoryTrees } from '../types.js';
import { Attachments } from './attachments.js';
import { CaseInfo } from './case-info.js';
import { ReceptionLeader } from './reception-leader.js';
import { AccusedTable, PetitionerTable } from './parties.js';
import { RepeatSection } from './repeat-section.js';

/** 案卷: the registration, its people, files and repeat links, then the handling panel. */
export default function CasePage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { modal } = App.useApp();
  // Full identities are shown for one case at a time, and only until the case is read again (each view is audited).
  const [identityFor, setIdentityFor] = useState<string | null>(null);
  const identity = identityFor === id;
  const [tick, setTick] = useState(0);
  const detail = useLoad(
    () => api.get<CaseDetail>(`/cases/${id}`, { identity: identity ? 'true' : 'false' }),
    `${id}#${identity}#${tick}`,
  );
  const [categories, setCategories] = useState<CategoryTrees>();
  useEffect(() => {
    loadCategories().then(setCategories, () => undefined);
  }, []);
  const reload = useCallback(() => {
    setIdentityFor(null);
    setTick((t) => t + 1);
  }, []);

  const c = detail.data?.id === id ? detail.data : undefined;
  if (detail.error) return <ErrorResult error={detail.error} onRetry={() => void detail.reload()} />;
  if (!c) return <Card loading title="案卷" />;

  const askIdentity = () =>
    modal.confirm({
      title: '查看完整身份信息',
      content:
        '将显示信访人的完整姓名、身份证号、电话和住址。本次查看将记入审计日志（查看人、时间、信访件）。确定查看？',
      okText: '确定查看',
      cancelText: '取消',
      onOk: () => setIdentityFor(id),
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="case-page">
      <Card>
        <Row gutter={[16, 16]} align="middle" justify="space-between">
          <Col>
            <Space orientation="vertical" size={8}>
              <Space wrap align="center">
                <Typography.Title
                  level={4}
                  style={{ margin: 0 }}
                  data-testid="case-no"
                  copyable={{ text: c.caseNo }}
                >
                  {c.caseNo}
                </Typography.Title>
                <StateTag state={c.state} />
                <CaseFlags c={c} />
              </Space>
              <Typography.Text strong>{c.title || '（无标题）'}</Typography.Text>
              <Typography.Text type="secondary">
                {c.unitName}
                {'\u3000'}信访日期 {c.receivedOn}
              </Typography.Text>
              {c.channel === 'visit' && <ReceptionLeader caseId={c.id} />}
              <PrintoutButtons caseId={c.id} identity={c.identityShown} />
            </Space>
          </Col>
          <Col>
            <CaseBarcodes caseNo={c.caseNo} />
          </Col>
        </Row>
      </Card>
      <Card title="登记信息" size="small">
        <CaseInfo c={c} categories={categories} />
      </Card>
      <Card
        title="信访人"
        size="small"
        extra={
          hasPermission(me, 'case.identity') &&
          c.petitioners.length > 0 &&
          (c.identityShown ? (
            <Button size="small" icon={<EyeInvisibleOutlined />} onClick={() => setIdentityFor(null)}>
              隐藏身份信息
            </Button>
          ) : (
            <Button size="small" icon={<EyeOutlined />} onClick={askIdentity}>
              查看完整身份信息
            </Button>
          ))
        }
      >
        <PetitionerTable petitioners={c.petitioners} />
      </Card>
      <Card title="被反映人" size="small">
        <AccusedTable accused={c.accused} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="附件" size="small" style={{ height: '100%' }}>
            <Attachments caseId={c.id} attachments={c.attachments} onAdded={reload} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="重信重访" size="small" style={{ height: '100%' }}>
            <RepeatSection c={c} canDecide={hasPermission(me, 'case.repeat')} onChanged={reload} />
          </Card>
        </Col>
      </Row>
      {/* 办理 (pages/cases/handling, owned by the handling engineer): actions, 批示, deadlines, trail. */}
      <CaseHandling caseId={c.id} onChanged={reload} handlingUnitId={c.unitId} />
    </Space>
  );
}
