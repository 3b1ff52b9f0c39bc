import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { API_BASE } from '../../../../common/api.js';

const PRINTOUTS = [
  { kind: 'registration-form', label: '打印登记表' },
  { kind: 'approval-sheet', label: '打印呈批件' },
] as const;

/** 登记表 and 呈批件 open print-ready in a new tab (petitioners masked unless the page shows them in full). */
export function PrintoutButtons({ caseId, identity = false }: { caseId: string; identity?: boolean }) {
  return (
    <Space wrap>
      {PRINTOUTS.map((p) => (
        <Button
          key={p.kind}
          icon={<PrinterOutlined />}
          href={`${API_BASE}/cases/${caseId}/printouts/${p.kind}${identity ? '?identity=true' : ''}`}
          target="_blank"
          rel="noreferrer"
        >
          {p.label}
        </Button>
      ))}
    </Space>
  );
}
