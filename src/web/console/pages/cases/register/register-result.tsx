import { Alert, Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useMe } from '../../../session.js';
import { CaseBarcodes } from '../shared/barcodes.js';
import { CaseFlags } from '../shared/case-tags.js';
import { PrintoutButtons } from '../shared/printouts.js';
import { RepeatCandidates } from '../shared/repeat-candidates.js';
import type { CaseDetail, RegisterResult } from '../types.js';

export interface UploadOutcome {
  fileName: string;
  error?: string;
}

interface Props {
  result: RegisterResult;
  uploads: UploadOutcome[];
  onContinue: () => void;
}

/** After saving: the number and its barcodes, the flags, the repeat candidates to decide, and what to do next. */
export function RegisterResultView({ result, uploads, onContinue }: Props) {
  const me = useMe();
  const navigate = useNavigate();
  const [c, setCase] = useState<CaseDetail>(result.case);
  const failed = uploads.filter((u) => u.error);
  const saved = uploads.length - failed.length;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="register-result">
      <Card>
        <Result
          status="success"
          title="登记成功"
          style={{ padding: '16px 0' }}
          subTitle={
            <Space orientation="vertical" size={12} align="center">
              <Typography.Text style={{ fontSize: 18 }}>
                信访编号：
                <Typography.Text strong copyable data-testid="case-no" style={{ fontSize: 18 }}>
                  {c.caseNo}
                </Typography.Text>
              </Typography.Text>
              <CaseBarcodes caseNo={c.caseNo} />
              <CaseFlags c={c} skipLevelReason={result.flags.skipLevelReason} />
              {result.flags.skipLevel && result.flags.skipLevelReason && (
                <Typography.Text type="warning">越级访：{result.flags.skipLevelReason}</Typography.Text>
              )}
              {saved > 0 && <Typography.Text type="secondary">已上传附件 {saved} 个</Typography.Text>}
            </Space>
          }
          extra={
            <Space wrap style={{ justifyContent: 'center' }}>
              <PrintoutButtons caseId={c.id} />
              <Button type="primary" onClick={onContinue}>
                继续登记
              </Button>
              <Button onClick={() => navigate(`/cases/${c.id}`)}>查看案卷</Button>
            </Space>
          }
        />
        {failed.map((u) => (
          <Alert
            key={u.fileName}
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            title={`附件「${u.fileName}」未能上传：${u.error}`}
            description="信访件已登记，可在案卷页重新上传该附件。"
          />
        ))}
      </Card>
      <Card title="重信重访甄别" size="small">
        <RepeatCandidates
          caseId={c.id}
          receivedOn={c.receivedOn}
          candidates={result.repeatCandidates}
          repeatStatus={c.repeatStatus}
          repeatOf={c.repeatOf}
          canDecide={hasPermission(me, 'case.repeat')}
          onDecided={setCase}
        />
      </Card>
    </Space>
  );
}
