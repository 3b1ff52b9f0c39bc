import { Card, Tabs } from 'antd';
import { hasPermission, useMe } from '../../session.js';
import { CalendarRules } from './calendar-rules.js';
import { DeadlineSettingsRules } from './deadline-settings.js';
import { RoutingRules } from './routing-rules.js';
import { StatisticsSettingsRules } from './statistics-settings.js';
import { TimeLimitRules } from './time-limit-rules.js';

/**
 * 业务规则: routing tables, the working-day calendar, time limits, overdue settings and 统计口径 (基本满意). Every staff member may read them; those who
 * may change them get the editors (the server still refuses anyone but the top unit's administrator, in words).
 */
export default function RulesPage() {
  const me = useMe();
  const canEdit = hasPermission(me, 'config.manage');
  return (
    <Card>
      <Tabs
        items={[
          { key: 'routing', label: '分办规则', children: <RoutingRules canEdit={canEdit} /> },
          { key: 'calendar', label: '节假日安排', children: <CalendarRules canEdit={canEdit} /> },
          { key: 'time-limits', label: '办理期限', children: <TimeLimitRules canEdit={canEdit} /> },
          { key: 'overdue', label: '超期设置', children: <DeadlineSettingsRules canEdit={canEdit} /> },
          { key: 'statistics', label: '统计口径', children: <StatisticsSettingsRules canEdit={canEdit} /> },
        ]}
      />
    </Card>
  );
}
