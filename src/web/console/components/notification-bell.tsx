import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, List, Popover, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, errorMessage } from '../../common/api.js';
import { chinaTime } from '../../common/format.js';

interface Notification {
  id: string;
  caseId: string | null;
  kind: string;
  title: string;
  body: string | null;
  createdAt: string;
  read: boolean;
}
interface Notifications {
  unread: number;
  items: Notification[];
}

const POLL_MS = 60_000;

/** The bell in the header: unread count (read again every minute) and the latest reminders, each opening its case. */
export function NotificationBell() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [data, setData] = useState<Notifications>({ unread: 0, items: [] });
  const [open, setOpen] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await api.get<Notifications>('/notifications', { limit: 30 }));
    } catch {
      // A missed poll is tried again a minute later; the session problem (401) is handled by the api client.
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const openItem = async (n: Notification) => {
    setOpen(false);
    if (!n.read) await api.post(`/notifications/${n.id}/read`).catch(() => undefined);
    void load();
    if (n.caseId) navigate(`/cases/${n.caseId}`);
  };

  const readAll = async () => {
    try {
      await api.post('/notifications/read-all');
      await load();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const list = (
    <div style={{ width: 380 }}>
      <List
        size="small"
        dataSource={data.items}
        locale={{ emptyText: '暂无提醒' }}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        renderItem={(n) => (
          <List.Item
            onClick={() => void openItem(n)}
            style={{ cursor: n.caseId ? 'pointer' : 'default', opacity: n.read ? 0.6 : 1 }}
          >
            <Space orientation="vertical" size={0} style={{ width: '100%' }}>
              <Space>
                {!n.read && <Badge status="processing" />}
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
              </Space>
              {n.body && (
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
                  {n.body}
                </Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {chinaTime(n.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(v) => {
        setOpen(v);
        if (v) void load();
      }}
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>提醒</span>
          <Button size="small" type="link" disabled={data.unread === 0} onClick={() => void readAll()}>
            全部标为已读
          </Button>
        </Space>
      }
      content={list}
    >
      <Badge count={data.unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined />} aria-label={`提醒，${data.unread} 条未读`} />
      </Badge>
    </Popover>
  );
}
