import { Badge, Empty, Flex, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import type { QueryState } from '@/lib/use-query';
import type { CasePage, CaseSummary } from './case-api';

export type WarningFilter = 'all' | 'red' | 'yellow';

/** The case number as a link to the page's own view of the case, with a note beneath (when received, the item). */
export function CaseNoCell({ to, caseNo, note, testId }: { to: string; caseNo: string; note: ReactNode; testId?: string }) {
  return (
    <Flex vertical gap={2}>
      <Link to={to} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} data-testid={testId}>
        {caseNo}
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {note}
      </Typography.Text>
    </Flex>
  );
}

/** All clocks, red only, or yellow only. */
export function WarningSegmented({ value, onChange, allLabel }: { value: WarningFilter; onChange: (next: WarningFilter) => void; allLabel: string }) {
  const t = useT();
  return (
    <Segmented<WarningFilter>
      value={value}
      onChange={onChange}
      options={[
        { value: 'all', label: allLabel },
        { value: 'red', label: <Badge color="red" text={t('case.warning.red')} /> },
        { value: 'yellow', label: <Badge color="gold" text={t('case.warning.yellow')} /> },
      ]}
      data-testid="warning-filter"
    />
  );
}

/** One page of a staff case list, paged by the server; the page number lives in the caller's address. */
export function CasePageTable({ columns, cases, page, pageSize, onPage, scrollX, empty }: {
  columns: TableColumnsType<CaseSummary>;
  cases: QueryState<CasePage>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  scrollX: number;
  empty: ReactNode;
}) {
  const t = useT();
  return (
    <Table<CaseSummary>
      rowKey="id"
      columns={columns}
      dataSource={cases.data?.cases ?? []}
      loading={cases.loading}
      scroll={{ x: scrollX }}
      size="middle"
      pagination={{
        current: page,
        pageSize,
        total: cases.data?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}
