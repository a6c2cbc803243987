import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import type { QueryState } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { deleteDraft, type Draft } from '../shared/draft-api';
import { formatTime } from '../shared/format';

/** A draft with the name of its item (read from the item's guide; the code when that fails). */
export interface NamedDraft extends Draft {
  itemName: string;
}

/** 我的办件 → 草稿: the applicant's saved applications, to continue (on the apply page) or delete. */
export function DraftList({ drafts }: { drafts: QueryState<NamedDraft[]> }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const reportError = useReportError();

  function remove(draft: NamedDraft) {
    modal.confirm({
      title: t('case.draft.deleteTitle'),
      content: t('case.draft.deleteBody', { item: draft.itemName }),
      okText: t('case.draft.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await deleteDraft(draft.id);
          void message.success(t('case.draft.deleted'));
          drafts.reload();
        } catch (error) {
          reportError(error);
        }
      },
    });
  }

  if (drafts.error !== undefined && !drafts.data) return <Alert type="error" showIcon title={t('common.loadFailed')} description={(drafts.error as Error).message} />;
  if (!drafts.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (drafts.data.length === 0) return <Empty description={t('case.draft.empty')} style={{ padding: '48px 0' }} data-testid="drafts-empty" />;
  return (
    <Flex vertical gap={10} data-testid="drafts">
      {drafts.data.map((draft) => (
        <Card key={draft.id} size="small" styles={{ body: { padding: '14px 16px' } }} data-testid="draft-card" data-draft-id={draft.id}>
          <Flex align="center" gap={12} wrap>
            <Flex vertical gap={6} style={{ flex: '1 1 280px', minWidth: 0 }}>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {draft.itemName}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('case.draft.savedAt', { time: formatTime(draft.updatedAt) })}
                {draft.materials.length > 0 && ` · ${t('case.draft.materials', { count: draft.materials.length })}`}
              </Typography.Text>
            </Flex>
            <Flex gap={8}>
              <Link to={`/apply/${encodeURIComponent(draft.itemCode)}?draft=${encodeURIComponent(draft.id)}`}>
                <Button type="primary" icon={<EditOutlined />} data-testid="continue-draft">
                  {t('case.draft.continue')}
                </Button>
              </Link>
              <Button danger icon={<DeleteOutlined />} onClick={() => remove(draft)} data-testid="delete-draft">
                {t('case.draft.delete')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
