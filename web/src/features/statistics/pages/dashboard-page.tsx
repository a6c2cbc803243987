import { FIGURE_COLUMNS, formatFigure, type NumericFigure } from '@core/statistics/columns';
import type { GroupBy } from '@core/statistics/dimensions';
import { GROUP_BYS } from '@core/statistics/dimensions';
import { spanDays, type Granularity } from '@core/statistics/periods';
import type { LocalDate } from '@core/calendar/local-date';
import { addDays } from '@core/calendar/local-date';
import { Alert, Card, Col, Collapse, Empty, Flex, Row, Segmented, Skeleton, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { EChart } from '@/components/EChart';
import { PageHeader } from '@/components/page-header';
import { api } from '@/lib/api-client';
import { useLang, useT, type MessageKey } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { BOARD_XLSX_URL, getWarningBoard, type BoardLine } from '@/features/supervision/api/supervision';
import { figuresXlsxUrl, getFigures, getRedBlueBoard, getTrend, trendXlsxUrl, type FigureRow } from '../api/statistics';
import { departmentRateOption, trendOption, warningsOption } from '../components/chart-options';
import { DownloadButton, FiguresTable } from '../components/figures-table';
import { PeriodFilter } from '../components/period-filter';
import { RedBlueBoardCard } from '../components/red-blue-board';
import { usePeriod } from '../components/use-period';

const KPIS: readonly { key: NumericFigure; label: MessageKey }[] = [
  { key: 'received', label: 'stats.kpi.received' }, { key: 'concluded', label: 'stats.kpi.concluded' },
  { key: 'onTimeRate', label: 'stats.kpi.onTimeRate' }, { key: 'overdue', label: 'stats.kpi.overdue' },
  { key: 'averageWorkdays', label: 'stats.kpi.averageWorkdays' }, { key: 'onlineShare', label: 'stats.kpi.onlineShare' },
  { key: 'zeroVisitShare', label: 'stats.kpi.zeroVisitShare' }, { key: 'urgeRate', label: 'stats.kpi.urgeRate' },
  { key: 'satisfaction', label: 'stats.kpi.satisfaction' }, { key: 'rectificationRate', label: 'stats.kpi.rectificationRate' },
];

/** Days for short spans, weeks up to a year or so, months beyond; a span under a week shows the last 14 days. */
function trendSpan(from: string, to: string): { from: string; granularity: Granularity; extended: boolean } {
  const days = spanDays({ from: from as LocalDate, to: to as LocalDate });
  if (days < 7) return { from: addDays(to as LocalDate, -13), granularity: 'day', extended: true };
  return { from, granularity: days <= 62 ? 'day' : days <= 400 ? 'week' : 'month', extended: false };
}

/**
 * `/dashboard` (analyst, supervisor, admin): the §9 figures of a period in the reader's region (or a department's
 * subtree) — KPIs, the volume trend, on-time rate and satisfaction by department, the live warnings, the month's
 * red-blue board — and every table below the charts with its Excel download.
 */
export default function DashboardPage() {
  const t = useT();
  const { lang } = useLang();
  const [period, setPeriod] = usePeriod();
  const [groupBy, setGroupBy] = useState<GroupBy>('department');
  const scope = { from: period.from, to: period.to, department: period.department };
  const trendOf = trendSpan(period.from, period.to);
  const trendQuery = { from: trendOf.from, to: period.to, granularity: trendOf.granularity, department: period.department };

  const departments = useQuery((signal) => api.get<{ departments: { id: string; name: string }[] }>('/api/v1/departments', { signal }), []);
  const byDepartment = useQuery((signal) => getFigures({ ...scope, groupBy: 'department' }, signal), [scope]);
  const table = useQuery((signal) => (groupBy === 'department' ? Promise.resolve(null) : getFigures({ ...scope, groupBy }, signal)), [scope, groupBy]);
  const trend = useQuery((signal) => getTrend(trendQuery, signal), [trendQuery]);
  const board = useQuery((signal) => getWarningBoard(signal), []);
  const month = period.to.slice(0, 7);
  const region = byDepartment.data?.region.code;
  const redBlue = useQuery((signal) => (region ? getRedBlueBoard(month, region, signal) : Promise.resolve(undefined)), [month, region]);

  useEffect(() => {
    document.title = `${t('stats.title')} · ${t('app.name')}`;
  }, [t]);

  const rows = byDepartment.data?.rows ?? [];
  const charts = useMemo(() => ({
    trend: trendOption(trend.data?.buckets ?? [], t),
    onTime: departmentRateOption(rows, 'onTimeRate', t('stats.kpi.onTimeRate')),
    satisfaction: departmentRateOption(rows, 'satisfaction', t('stats.kpi.satisfaction')),
    warnings: warningsOption(board.data?.departments ?? [], t),
  }), [trend.data, rows, board.data, t]);

  const groupName = (row: FigureRow) => {
    if (row.key === null) return t('stats.table.unattributed');
    if (groupBy === 'channel') return row.key === 'online' || row.key === 'window' ? t(`stats.channel.${row.key}`) : row.key;
    return row.name ?? row.key;
  };
  const tableData = groupBy === 'department' ? byDepartment.data : table.data;
  const error = byDepartment.error ?? trend.error ?? table.error;
  const total = byDepartment.data?.total;

  return (
    <div data-testid="dashboard">
      <PageHeader
        title={t('stats.title')}
        description={t('stats.description')}
        extra={<PeriodFilter state={period} onChange={setPeriod} departments={departments.data?.departments ?? []} />}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12 }} data-testid="dashboard-span">
        {byDepartment.data?.region.name} · {t('stats.span', { from: period.from, to: period.to })}
      </Typography.Text>
      {error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(error as Error).message} style={{ marginBottom: 16 }} />}
      {!total ? <Skeleton active /> : (
        <Flex vertical gap={16}>
          {/* Five KPIs a row on a wide screen (two even rows), fewer when narrow. */}
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(max(160px, calc((100% - 48px) / 5)), 1fr))', gap: 12 }}>
            {KPIS.map((k) => (
              <Card size="small" key={k.key}>
                <Statistic
                  title={t(k.label)} value={formatFigure(total[k.key], FIGURE_COLUMNS.find((c) => c.key === k.key)?.format ?? 'count')} data-testid={`kpi-${k.key}`}
                  suffix={k.key === 'averageWorkdays' ? <span style={{ fontSize: 13 }}>{t('stats.kpi.workdaysUnit')}</span> : undefined}
                />
              </Card>
            ))}
          </div>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={16}>
              <Card size="small" title={t(trendOf.extended ? 'stats.chart.trendExtended' : 'stats.chart.trend')}>
                <EChart option={charts.trend} height={300} ariaLabel={t('stats.chart.trend')} data-testid="chart-trend" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={t('stats.chart.warnings')}>
                {(board.data?.departments.length ?? 0) === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.chart.noData')} style={{ height: 268 }} />
                  : <EChart option={charts.warnings} height={300} ariaLabel={t('stats.chart.warnings')} data-testid="chart-warnings" />}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('stats.chart.onTimeByDepartment')}>
                <EChart option={charts.onTime} height={260} ariaLabel={t('stats.chart.onTimeByDepartment')} data-testid="chart-on-time" />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('stats.chart.satisfactionByDepartment')}>
                <EChart option={charts.satisfaction} height={260} ariaLabel={t('stats.chart.satisfactionByDepartment')} data-testid="chart-satisfaction" />
              </Card>
            </Col>
            <Col span={24}><RedBlueBoardCard board={redBlue.data} month={month} /></Col>
          </Row>

          <FiguresTable
            title={t('stats.table.figures')} labelTitle={t(`stats.table.group.${groupBy}`)} testId="table-figures"
            rows={[
              ...(tableData?.rows ?? []).map((row) => ({ key: row.key ?? '∅', label: groupName(row), figures: row })),
              ...(tableData ? [{ key: 'total', label: t('stats.table.total'), figures: tableData.total, total: true }] : []),
            ]}
            extra={(
              <Flex gap={8} align="center">
                <Segmented<GroupBy> size="small" value={groupBy} onChange={setGroupBy} data-testid="table-group-by"
                  options={GROUP_BYS.map((g) => ({ value: g, label: t(`stats.table.group.${g}`) }))} />
                <DownloadButton href={figuresXlsxUrl({ ...scope, groupBy })} testId="download-figures" />
              </Flex>
            )}
          />
          <FiguresTable
            title={t('stats.table.trend')} labelTitle={t('stats.table.period')} testId="table-trend" pageSize={10}
            rows={(trend.data?.buckets ?? []).map((b) => ({ key: b.key, label: b.from === b.to ? b.from : `${b.from} – ${b.to}`, figures: b }))}
            extra={<DownloadButton href={trendXlsxUrl(trendQuery)} testId="download-trend" />}
          />
          <Card size="small" title={t('stats.table.warnings')} extra={<DownloadButton href={BOARD_XLSX_URL} testId="download-board" />} styles={{ body: { padding: 0 } }}>
            <Table<BoardLine>
              rowKey="key" size="small" pagination={false} dataSource={board.data?.departments ?? []} data-testid="table-warnings"
              columns={[
                { title: t('stats.table.name'), dataIndex: 'name' },
                { title: t('stats.table.caseRed'), align: 'right', render: (_, l) => l.cases.red },
                { title: t('stats.table.caseYellow'), align: 'right', render: (_, l) => l.cases.yellow },
                { title: t('stats.table.statutory'), align: 'right', render: (_, l) => l.cases.statutory },
                { title: t('stats.table.taskRed'), align: 'right', render: (_, l) => l.tasks.red },
                { title: t('stats.table.taskYellow'), align: 'right', render: (_, l) => l.tasks.yellow },
              ]}
            />
          </Card>
          <Collapse size="small" items={[{
            key: 'definitions', label: t('stats.definitions'),
            children: (
              <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
                {FIGURE_COLUMNS.map((c) => [<dt key={`${c.key}-t`} style={{ fontWeight: 600 }}>{c[lang]}</dt>, <dd key={`${c.key}-d`} style={{ margin: 0 }}>{lang === 'zh' ? c.definition : c.definitionEn}</dd>])}
              </dl>
            ),
          }]} />
        </Flex>
      )}
    </div>
  );
}
