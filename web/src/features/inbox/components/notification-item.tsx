import { Badge, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import { useLang } from '@/lib/i18n';
import type { Notification } from '../api/notifications';

dayjs.extend(relativeTime);

/** How long ago, in the UI's language (`3 分钟前`, `2 hours ago`). */
export function useAgo(): (instant: string) => string {
  const { lang } = useLang();
  return (instant) => dayjs(instant).locale(lang === 'zh' ? 'zh-cn' : 'en').fromNow();
}

/** One notification: unread ones carry a dot and a bold title. */
export function NotificationItem({ notification, onOpen, lines = 2 }: { notification: Notification; onOpen: (n: Notification) => void; lines?: number }) {
  const ago = useAgo();
  const unread = notification.readAt === null;
  return (
    <Flex
      gap={10}
      role="button"
      tabIndex={0}
      onClick={() => onOpen(notification)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(notification);
      }}
      className="inbox-item"
      style={{ padding: '10px 12px', cursor: 'pointer', borderRadius: 6, background: unread ? '#f4f8ff' : undefined }}
      data-testid="notification"
      data-unread={unread}
      data-event={notification.event}
    >
      <Badge status={unread ? 'processing' : 'default'} style={{ marginTop: 2 }} />
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Typography.Text strong={unread} ellipsis>
          {notification.title}
        </Typography.Text>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: lines }} style={{ margin: 0, fontSize: 13 }}>
          {notification.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={notification.createdAt}>
          {ago(notification.createdAt)}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
