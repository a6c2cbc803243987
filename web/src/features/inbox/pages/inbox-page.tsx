import { CheckOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Pagination, Segmented, Skeleton } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { listNotifications, markAllRead } from '../api/notifications';
import { NotificationItem } from '../components/notification-item';
import { useOpenNotification } from '../components/use-open-notification';

const PAGE_SIZE = 20;

/** `/inbox`: all my notifications, newest first, unread ones marked. */
export default function InboxPage() {
  const t = useT();
  const reportError = useReportError();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('filter') === 'unread';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const list = useQuery((signal) => listNotifications({ unread: unreadOnly, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal), [unreadOnly, page]);
  const open = useOpenNotification(list.reload);

  async function readAll() {
    try {
      await markAllRead();
      list.reload();
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }}>
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.description', { unread: list.data?.unread ?? 0 })}
        extra={
          <Button icon={<CheckOutlined />} disabled={(list.data?.unread ?? 0) === 0} onClick={() => void readAll()}>
            {t('inbox.readAll')}
          </Button>
        }
      />
      <Segmented<'all' | 'unread'>
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(next) => setParams(next === 'unread' ? { filter: 'unread' } : {})}
        options={[
          { value: 'all', label: t('inbox.all') },
          { value: 'unread', label: t('inbox.unread') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {list.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(list.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 8 } }} data-testid="inbox-list">
        {list.loading && !list.data ? (
          <Skeleton active style={{ padding: 16 }} />
        ) : (list.data?.notifications.length ?? 0) === 0 ? (
          <Empty description={t('inbox.empty')} style={{ padding: 32 }} />
        ) : (
          <Flex vertical gap={2}>
            {list.data?.notifications.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onOpen={open} lines={4} />
            ))}
          </Flex>
        )}
      </Card>
      <Pagination
        current={page}
        pageSize={PAGE_SIZE}
        total={list.data?.total ?? 0}
        hideOnSinglePage
        showSizeChanger={false}
        onChange={(next) => setParams({ ...(unreadOnly && { filter: 'unread' }), page: String(next) })}
        style={{ marginTop: 16, textAlign: 'center' }}
      />
    </div>
  );
}
