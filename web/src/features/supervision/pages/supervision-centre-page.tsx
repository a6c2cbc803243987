import { FileExcelOutlined, FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import type { LocalDate } from '@core/calendar/local-date';
import { periodOf } from '@core/statistics/periods';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { formatTime, todayInShanghai } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import {
  BOARD_XLSX_URL, getOverdueRecords, getUrges, getWarningBoard, getWarnings, noticePdfUrl, noticeXlsxUrl, overdueXlsxUrl, type AlertLevel,
  type BoardLine, type WarningFilter,
} from '../api/supervision';
import { BoardTable } from '../components/board-table';
import { OverdueTable } from '../components/overdue-table';
import { UrgeModal, type UrgeTarget } from '../components/urge-modal';
import { UrgesTable } from '../components/urges-table';
import { WarningLists } from '../components/warning-lists';

const REFRESH_MS = 30_000;

/** The board's totals: red first, in red; yellow in gold. */
function Totals({ board }: { board: Awaited<ReturnType<typeof getWarningBoard>> | undefined }) {
  const t = useT();
  const cells = [
    { key: 'caseRed', value: board?.totals.cases.red, color: '#cf1322' },
    { key: 'caseYellow', value: board?.totals.cases.yellow, color: '#d48806' },
    { key: 'statutory', value: board?.totals.cases.statutory, color: '#ad2102' },
    { key: 'taskRed', value: board?.totals.tasks.red, color: '#cf1322' },
    { key: 'taskYellow', value: board?.totals.tasks.yellow, color: '#d48806' },
  ] as const;
  return (
    <Row gutter={[12, 12]}>
      {cells.map((c) => (
        <Col key={c.key} flex="1 1 150px">
          <Card size="small">
            <Statistic title={t(`sv.totals.${c.key}`)} value={c.value ?? '—'} styles={{ content: { color: (c.value ?? 0) > 0 ? c.color : undefined } }} data-testid={`total-${c.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/**
 * `/supervision` (supervisor, admin): the live red and yellow board of the region by department and item,
 * refreshed every 30 s; a count drills down to its cases and tasks, each urged from the list (催办); the month's
 * overdue records with their written explanations; the urges; the monthly notice (通报) as PDF and Excel.
 */
export default function SupervisionCentrePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '') ? (params.get('month') as string) : todayInShanghai().slice(0, 7);
  const span = periodOf('month', `${month}-01` as LocalDate);
  const [filter, setFilter] = useState<WarningFilter & { name?: string }>({});
  const [urgeTarget, setUrgeTarget] = useState<UrgeTarget | null>(null);

  const board = useQuery((signal) => getWarningBoard(signal), []);
  const warnings = useQuery((signal) => getWarnings({ department: filter.department, item: filter.item, level: filter.level }, signal), [filter]);
  const overdue = useQuery((signal) => getOverdueRecords({ from: span.from, to: span.to }, signal), [span.from]);
  const urges = useQuery((signal) => getUrges({}, signal), []);
  const { reload: reloadBoard } = board;
  const { reload: reloadWarnings } = warnings;

  useEffect(() => {
    document.title = `${t('sv.title')} · ${t('app.name')}`;
  }, [t]);
  // A live board: the counts and the list are read again every 30 seconds.
  useEffect(() => {
    const timer = window.setInterval(() => { reloadBoard(); reloadWarnings(); }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reloadBoard, reloadWarnings]);

  const drill = (by: 'department' | 'item') => (line: BoardLine, level: AlertLevel | undefined) =>
    setFilter({ [by]: line.key, level, name: line.name });
  const error = board.error ?? warnings.error;

  const boardTab = (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary" data-testid="board-as-of">{board.data && t('sv.asOf', { time: formatTime(board.data.asOf) })}</Typography.Text>
      <Totals board={board.data} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('sv.board.byDepartment')} styles={{ body: { padding: 0 } }}>
            <BoardTable lines={board.data?.departments ?? []} nameTitle={t('sv.list.department')} onDrill={drill('department')} testId="board-departments" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('sv.board.byItem')} styles={{ body: { padding: 0 } }}>
            <BoardTable lines={board.data?.items ?? []} nameTitle={t('sv.list.item')} onDrill={drill('item')} testId="board-items" />
          </Card>
        </Col>
      </Row>
      <Card
        size="small" data-testid="warning-list"
        title={(
          <Flex gap={8} align="center" wrap>
            {t('sv.list.title')}
            {filter.name && <Tag closable onClose={() => setFilter({ level: filter.level })} data-testid="drill-filter">{t('sv.list.filtered', { name: filter.name })}</Tag>}
          </Flex>
        )}
        extra={(
          <Segmented<AlertLevel | 'all'>
            size="small" value={filter.level ?? 'all'} onChange={(level) => setFilter({ ...filter, level: level === 'all' ? undefined : level })}
            options={[{ value: 'all', label: t('common.all') }, { value: 'red', label: t('stats.chart.red') }, { value: 'yellow', label: t('stats.chart.yellow') }]}
          />
        )}
      >
        <WarningLists list={warnings.data} onUrge={setUrgeTarget} />
      </Card>
    </Flex>
  );

  return (
    <div data-testid="supervision-centre">
      <PageHeader
        title={t('sv.title')}
        description={t('sv.description')}
        extra={(
          <>
            <Button icon={<ReloadOutlined />} onClick={() => { reloadBoard(); reloadWarnings(); overdue.reload(); urges.reload(); }}>{t('common.reload')}</Button>
            <DatePicker
              picker="month" allowClear={false} value={dayjs(`${month}-01`)} aria-label={t('sv.notice.month')} data-testid="notice-month"
              onChange={(value) => value && setParams((prev) => { const next = new URLSearchParams(prev); next.set('month', value.format('YYYY-MM')); return next; }, { replace: true })}
            />
            <Button icon={<FilePdfOutlined />} href={noticePdfUrl(month)} target="_blank" data-testid="notice-pdf">{t('sv.notice.pdf')}</Button>
            <Button icon={<FileExcelOutlined />} href={noticeXlsxUrl(month)} download data-testid="notice-xlsx">{t('sv.notice.xlsx')}</Button>
          </>
        )}
      />
      {error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(error as Error).message} style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          { key: 'board', label: t('sv.tab.board'), children: boardTab },
          {
            key: 'overdue', label: t('sv.tab.overdue'),
            children: (
              <Card size="small" title={t('stats.span', { from: span.from, to: span.to })} styles={{ body: { padding: 0 } }}
                extra={<Button size="small" icon={<FileExcelOutlined />} href={overdueXlsxUrl(span.from, span.to)} download>{t('sv.overdue.xlsx')}</Button>}>
                <OverdueTable records={overdue.data?.records ?? []} testId="overdue-records" />
              </Card>
            ),
          },
          { key: 'urges', label: t('sv.tab.urges'), children: <Card size="small" styles={{ body: { padding: 0 } }}><UrgesTable urges={urges.data?.urges ?? []} testId="urges" /></Card> },
        ]}
        tabBarExtraContent={<Button size="small" type="link" icon={<FileExcelOutlined />} href={BOARD_XLSX_URL} download>{t('stats.download')}</Button>}
      />
      <UrgeModal
        target={urgeTarget} onClose={() => setUrgeTarget(null)}
        onDone={() => { setUrgeTarget(null); urges.reload(); }}
      />
    </div>
  );
}
