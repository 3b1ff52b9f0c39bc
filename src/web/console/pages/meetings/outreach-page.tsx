import { Card, Tabs } from 'antd';
import { hasPermission, useMe } from '../../session.js';
import { DiariesTab } from './diaries-tab.js';
import { MeetingsTab } from './meetings-tab.js';

/** 下访与会议: 民情日记 and the meetings with their follow-ups. */
export default function OutreachPage() {
  const me = useMe();
  return (
    <Card title="下访与会议">
      <Tabs
        items={[
          ...(hasPermission(me, 'diary.read') ? [{ key: 'diaries', label: '民情日记', children: <DiariesTab /> }] : []),
          ...(hasPermission(me, 'meeting.read') ? [{ key: 'meetings', label: '会议与落实事项', children: <MeetingsTab /> }] : []),
        ]}
      />
    </Card>
  );
}
