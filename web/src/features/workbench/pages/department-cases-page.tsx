import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Input, Segmented, Select, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { listCases, type CaseStatus, type CaseSummary } from '@/features/cases/shared/case-api';
import { CaseStatusTag } from '@/features/cases/shared/case-status-tag';
import { CaseNoCell, CasePageTable, WarningSegmented, type WarningFilter } from '@/features/cases/shared/case-table';
import { formatTime } from '@/features/cases/shared/format';
import { searchItems } from '@/features/cases/shared/guide-api';
import { CaseClock } from '@/features/intake/components/acceptance-clock';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';

const PAGE_SIZE = 20;

/** Status groups of the filter: the work in hand first. */
const GROUPS = {
  working: ['in_progress', 'suspended'],
  suspended: ['suspended'],
  done: ['concluded', 'delivered', 'revoked'],
  all: undefined,
} as const satisfies Record<string, readonly CaseStatus[] | undefined>;
type GroupKey = keyof typeof GROUPS;
const GROUP_KEYS = Object.keys(GROUPS) as GroupKey[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters, kept in the address so a filtered list can be bookmarked and the back button restores it. */
function readFilters(params: URLSearchParams) {
  const group = params.get('status') as GroupKey | null;
  const warning = params.get('warning');
  const date = (key: string) => (DATE.test(params.get(key) ?? '') ? (params.get(key) as string) : undefined);
  return {
    group: group && GROUP_KEYS.includes(group) ? group : ('working' as GroupKey),
    warning: (warning === 'red' || warning === 'yellow' ? warning : 'all') as WarningFilter,
    item: params.get('item') ?? undefined,
    from: date('from'),
    to: date('to'),
    q: params.get('q') ?? undefined,
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
  };
}
type Filters = ReturnType<typeof readFilters>;

/** `/work/cases` (本部门办件): the cases of the department, with their clocks and warning colours. */
export default function DepartmentCasesPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [keyword, setKeyword] = useState(filters.q ?? '');

  const cases = useQuery(
    (signal) =>
      listCases(
        {
          status: GROUPS[filters.group],
          ...(filters.warning !== 'all' && { warning: filters.warning }),
          itemCode: filters.item,
          receivedFrom: filters.from,
          receivedTo: filters.to,
          q: filters.q,
          order: 'desc',
          limit: PAGE_SIZE,
          offset: (filters.page - 1) * PAGE_SIZE,
        },
        signal,
      ),
    [filters],
  );
  const items = useQuery((signal) => searchItems(undefined, signal), []);

  function update(next: Partial<Filters>) {
    const merged: Filters = { ...filters, page: 1, ...next };
    const entries: [string, string | number | undefined][] = [
      ['status', merged.group === 'working' ? undefined : merged.group],
      ['warning', merged.warning === 'all' ? undefined : merged.warning],
      ['item', merged.item],
      ['from', merged.from],
      ['to', merged.to],
      ['q', merged.q],
      ['page', merged.page === 1 ? undefined : merged.page],
    ];
    setParams(Object.fromEntries(entries.filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '').map(([k, v]) => [k, String(v)])));
  }

  const columns: TableColumnsType<CaseSummary> = [
    { title: t('wb.cases.col.clock'), key: 'clock', width: 190, render: (_, c) => <CaseClock summary={c} /> },
    {
      title: t('wb.cases.col.case'),
      key: 'caseNo',
      width: 240,
      render: (_, c) => (
        <CaseNoCell to={`/work/cases/${encodeURIComponent(c.id)}`} caseNo={c.caseNo} note={t('wb.cases.received', { time: formatTime(c.receivedAt) })} testId="dept-case-link" />
      ),
    },
    { title: t('wb.cases.col.item'), dataIndex: 'itemName', key: 'item', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    {
      title: t('wb.cases.col.changes'),
      key: 'changes',
      width: 170,
      render: (_, c) => (
        <Flex gap={4} wrap>
          {c.suspendedWorkdays > 0 && <Tag color="purple">{t('wb.cases.suspendedDays', { days: c.suspendedWorkdays })}</Tag>}
          {c.extensionDays > 0 && <Tag color="geekblue">{t('wb.cases.extendedDays', { days: c.extensionDays })}</Tag>}
          {c.suspendedWorkdays === 0 && c.extensionDays === 0 && <Typography.Text type="secondary">—</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('wb.cases.col.status'), key: 'status', width: 150, render: (_, c) => <CaseStatusTag status={c.status} result={c.result} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 88,
      fixed: 'right',
      render: (_, c) => (
        <Button size="small" type={c.status === 'in_progress' ? 'primary' : 'default'} onClick={() => navigate(`/work/cases/${encodeURIComponent(c.id)}`)}>
          {t('wb.cases.open')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('wb.cases.title')}
        description={t('wb.cases.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={cases.reload}>
            {t('common.reload')}
          </Button>
        }
      />
      {cases.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(cases.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" data-testid="dept-cases">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Segmented<GroupKey>
            value={filters.group}
            onChange={(group) => update({ group })}
            options={GROUP_KEYS.map((key) => ({ value: key, label: t(`wb.cases.group.${key}`) }))}
            data-testid="status-filter"
          />
          <WarningSegmented value={filters.warning} onChange={(warning) => update({ warning })} allLabel={t('wb.warning.all')} />
        </Flex>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('wb.cases.filter.item')}
            value={filters.item}
            onChange={(item?: string) => update({ item })}
            options={(items.data?.items ?? []).map((item) => ({ value: item.code, label: item.name }))}
            loading={items.loading}
            style={{ width: 220 }}
            data-testid="item-filter"
          />
          <DatePicker.RangePicker
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            placeholder={[t('wb.cases.filter.from'), t('wb.cases.filter.to')]}
            allowEmpty={[true, true]}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            style={{ width: 260 }}
          />
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('wb.cases.filter.caseNo')}
            value={keyword}
            onChange={(event) => {
              setKeyword(event.target.value);
              if (!event.target.value) update({ q: undefined });
            }}
            onPressEnter={() => update({ q: keyword.replace(/[^0-9A-Za-z-]/g, '') || undefined })}
            style={{ width: 220 }}
            data-testid="case-no-filter"
          />
          <Button
            onClick={() => {
              setKeyword('');
              setParams({});
            }}
          >
            {t('wb.cases.filter.reset')}
          </Button>
        </Flex>
        <CasePageTable
          columns={columns}
          cases={cases}
          page={filters.page}
          pageSize={PAGE_SIZE}
          onPage={(page) => update({ page })}
          scrollX={1000}
          empty={t('wb.cases.empty')}
        />
      </Card>
    </>
  );
}
