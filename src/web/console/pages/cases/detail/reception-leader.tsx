import { Typography } from 'antd';
import { api } from '../../../../common/api.js';
import { useLoad } from '../../../../common/use-load.js';

interface Reception {
  leaderName: string;
  leaderTitle: string | null;
  day: string;
}

/** 接访领导: the leader on the rota who received a visit registered on a rota day (nothing otherwise). */
export function ReceptionLeader({ caseId }: { caseId: string }) {
  const r = useLoad(() => api.get<{ reception: Reception | null }>(`/cases/${caseId}/reception`), caseId);
  const v = r.data?.reception;
  if (!v) return null;
  return (
    <Typography.Text data-testid="reception-leader">
      接访领导：{v.leaderName}
      {v.leaderTitle && <Typography.Text type="secondary">（{v.leaderTitle}）</Typography.Text>}
      <Typography.Text type="secondary">{`\u3000${v.day} 领导接访日`}</Typography.Text>
    </Typography.Text>
  );
}
