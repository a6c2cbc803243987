import { SwapRightOutlined } from '@ant-design/icons';
import { Alert, Drawer, Empty, Flex, Select, Table, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { diffVersions, listVersions, type ItemChange, type VersionSummary } from '../api/items';
import { describeChangePath, formatChangeValue } from '../utils/change-labels';
import { formatInstant } from '../utils/labels';
import { useOrganization } from './department-picker';
import { ItemStatusTag } from './item-status-tag';

const KIND_COLOR = { added: 'green', removed: 'red', changed: 'blue' } as const;

function VersionLine({ version, versions }: { version: VersionSummary; versions: readonly VersionSummary[] }) {
  const t = useT();
  const successor = version.supersededBy ? versions.find((v) => v.id === version.supersededBy) : undefined;
  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center">
        <ItemStatusTag status={version.status} version={version.version} />
        <Typography.Text>{version.name}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('catalog.history.createdAt')} {formatInstant(version.createdAt)}
        {version.publishedAt && ` · ${t('catalog.history.publishedAt')} ${formatInstant(version.publishedAt)}`}
        {version.retiredAt && ` · ${t('catalog.history.retiredAt')} ${formatInstant(version.retiredAt)}`}
        {successor && ` · ${t('catalog.history.superseded', { version: successor.version })}`}
      </Typography.Text>
    </Flex>
  );
}

/** Version history of an item, newest first, with a field-level diff of any two versions. */
export function VersionHistoryDrawer({ target, onClose }: { target: { code: string; name: string; openedAt: number } | null; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { departmentName } = useOrganization();
  const format = (path: string, value: unknown) => formatChangeValue(path, value, { t, lang, departmentName });
  const code = target?.code ?? null;
  // Read afresh each time the drawer opens: the editor may have saved a version since.
  const versions = useQuery((signal) => (code ? listVersions(code, signal) : Promise.resolve([])), [code, target?.openedAt]);
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});
  const list = versions.data ?? [];

  // Start with the newest two versions: what the pending change does.
  useEffect(() => {
    const newest = list[list.length - 1]?.version;
    setPair({ from: list.length > 1 ? list[list.length - 2]?.version : undefined, to: newest });
  }, [list]);

  const ready = code !== null && pair.from !== undefined && pair.to !== undefined && pair.from !== pair.to;
  const diff = useQuery((signal) => (ready ? diffVersions(code, pair.from ?? 0, pair.to ?? 0, signal) : Promise.resolve(null)), [code, pair.from, pair.to, ready]);
  const options = list.map((v) => ({ value: v.version, label: `v${v.version} · ${t(`catalog.status.${v.status}`)}` }));

  return (
    <Drawer open={target !== null} onClose={onClose} title={t('catalog.history.title', { name: target?.name ?? '' })} size={920} destroyOnHidden data-testid="history-drawer">
      {versions.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} style={{ marginBottom: 16 }} />}
      <Timeline
        style={{ marginTop: 8 }}
        items={[...list].reverse().map((version) => ({
          key: version.id,
          color: version.status === 'published' ? 'green' : version.status === 'draft' ? 'gold' : 'gray',
          content: <VersionLine version={version} versions={list} />,
        }))}
      />
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('catalog.history.compare')}
      </Typography.Title>
      {list.length < 2 ? (
        <Typography.Text type="secondary">{t('catalog.history.onlyOne')}</Typography.Text>
      ) : (
        <>
          <Flex align="center" gap={8} style={{ marginBottom: 12 }} wrap>
            <span>{t('catalog.history.from')}</span>
            <Select style={{ width: 160 }} value={pair.from} options={options} onChange={(from: number) => setPair((p) => ({ ...p, from }))} data-testid="diff-from" />
            <SwapRightOutlined />
            <span>{t('catalog.history.to')}</span>
            <Select style={{ width: 160 }} value={pair.to} options={options} onChange={(to: number) => setPair((p) => ({ ...p, to }))} data-testid="diff-to" />
          </Flex>
          {!ready ? (
            <Typography.Text type="secondary">{t('catalog.history.pickTwo')}</Typography.Text>
          ) : (
            <Table<ItemChange>
              size="small"
              rowKey="path"
              loading={diff.loading}
              dataSource={diff.data ?? []}
              pagination={false}
              data-testid="diff-table"
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.history.noChanges')} /> }}
              columns={[
                { title: t('catalog.history.field'), key: 'path', width: 200, render: (_, change) => <span title={change.path}>{describeChangePath(change.path, t)}</span> },
                {
                  title: t('catalog.history.change'),
                  key: 'kind',
                  width: 80,
                  render: (_, change) => <Tag color={KIND_COLOR[change.kind]}>{t(`catalog.history.${change.kind}`)}</Tag>,
                },
                {
                  title: t('catalog.history.before'),
                  key: 'before',
                  width: '32%',
                  render: (_, change) => (
                    <Typography.Text delete={change.kind === 'removed' || change.kind === 'changed'} type="secondary">
                      {change.kind === 'added' ? '—' : format(change.path, change.before)}
                    </Typography.Text>
                  ),
                },
                {
                  title: t('catalog.history.after'),
                  key: 'after',
                  width: '32%',
                  render: (_, change) => <Typography.Text strong>{change.kind === 'removed' ? '—' : format(change.path, change.after)}</Typography.Text>,
                },
              ]}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
