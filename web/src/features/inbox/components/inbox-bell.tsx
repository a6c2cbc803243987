import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { listNotifications, markAllRead } from '../api/notifications';
import { NotificationItem } from './notification-item';
import { useOpenNotification } from './use-open-notification';

const POLL_MS = 60_000;
const SHOWN = 6;

/** Reads again every minute and whenever the window comes back into focus. */
function usePolling(reload: () => void): void {
  useEffect(() => {
    const timer = window.setInterval(reload, POLL_MS);
    window.addEventListener('focus', reload);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', reload);
    };
  }, [reload]);
}

/** The header's bell: the unread count, the latest notifications, mark read, and the way to the inbox. */
export function InboxBell() {
  const t = useT();
  const { user } = useAuth();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const latest = useQuery((signal) => (user ? listNotifications({ limit: SHOWN }, signal) : Promise.resolve(undefined)), [user?.id]);
  const reload = latest.reload;
  usePolling(reload);
  const openNotification = useOpenNotification(reload);
  const unread = latest.data?.unread ?? 0;

  const readAll = useCallback(async () => {
    try {
      await markAllRead();
      reload();
    } catch (error) {
      reportError(error);
    }
  }, [reload, reportError]);

  if (!user) return null;
  const content = (
    <div style={{ width: 'min(360px, calc(100vw - 32px))' }} data-testid="inbox-popover">
      <Flex justify="space-between" align="center" style={{ padding: '4px 4px 8px' }}>
        <Typography.Text strong>{t('inbox.title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} onClick={() => void readAll()} data-testid="read-all">
          {t('inbox.readAll')}
        </Button>
      </Flex>
      {latest.loading && !latest.data ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : (latest.data?.notifications.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />
      ) : (
        <Flex vertical gap={2} style={{ maxHeight: 420, overflowY: 'auto' }}>
          {latest.data?.notifications.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onOpen={(n) => {
                setOpen(false);
                openNotification(n);
              }}
            />
          ))}
        </Flex>
      )}
      <Divider style={{ margin: '8px 0' }} />
      <Flex justify="center">
        <Link to="/inbox" onClick={() => setOpen(false)}>
          {t('inbox.viewAll')}
        </Link>
      </Flex>
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reload();
      }}
      arrow={false}
    >
      <Button type="text" aria-label={t('inbox.title')} data-testid="inbox-bell" style={{ color: '#fff', paddingInline: 8 }}>
        <Badge count={unread} size="small" offset={[4, -2]} data-testid="inbox-unread">
          <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
        </Badge>
      </Button>
    </Popover>
  );
}
