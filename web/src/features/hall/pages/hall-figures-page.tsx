import { Card, Col, DatePicker, Flex, Row, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EChart } from '@/components/EChart';
import { PageHeader } from '@/components/page-header';
import { todayInShanghai } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getFigures, listHalls, publicHalls, type FigureRow } from '../api/hall';
import { HallSelect } from '../components/hall-select';

const DAY = 'YYYY-MM-DD';
const minutes = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

function FigureTable({ title, rows, testId }: { title: string; rows: FigureRow[]; testId: string }) {
  const t = useT();
  return (
    <Card size="small" title={title} data-testid={testId}>
      <Table<FigureRow>
        rowKey="key" size="small" pagination={false} dataSource={rows}
        columns={[
          { title: t('hall.figures.name'), dataIndex: 'name' },
          { title: t('hall.figures.tickets'), dataIndex: 'tickets', align: 'right' },
          { title: t('hall.figures.finished'), dataIndex: 'finished', align: 'right' },
          { title: t('hall.figures.avgWait'), dataIndex: 'avgWaitMinutes', align: 'right', render: minutes },
          { title: t('hall.figures.avgServe'), dataIndex: 'avgServeMinutes', align: 'right', render: minutes },
          { title: t('hall.figures.noShowRate'), dataIndex: 'noShowRate', align: 'right', render: percent },
        ]}
      />
    </Card>
  );
}

/**
 * `/hall/figures` (admin, supervisor, analyst): a hall's queue figures for a period — waiting and serving times per
 * category, window and clerk, tickets per hour, no-show rates of tickets and appointments (docs/hall.md "Figures").
 */
export default function HallFiguresPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const today = todayInShanghai();
  const hallId = params.get('hall');
  const from = params.get('from') ?? today;
  const to = params.get('to') ?? today;
  const set = useCallback((next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next }, { replace: true }), [params, setParams]);
  const setHall = useCallback((id: string) => set({ hall: id }), [set]);
  // Admins list the halls they manage; supervisors and analysts read any hall set up for queueing.
  const halls = useQuery(async (signal) => (await listHalls(signal).catch(() => publicHalls(signal))).halls, []);
  const figures = useQuery((signal) => (hallId ? getFigures(hallId, from, to, signal) : Promise.resolve(null)), [hallId, from, to]);
  const f = figures.data;

  const hourly = useMemo(() => {
    const hours = (f?.perHour ?? []).filter((h) => h.hour >= 7 && h.hour <= 19);
    return {
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis' as const },
      xAxis: { type: 'category' as const, data: hours.map((h) => `${h.hour}:00`) },
      yAxis: { type: 'value' as const, minInterval: 1 },
      series: [{ type: 'bar' as const, name: t('hall.figures.tickets'), data: hours.map((h) => h.tickets), itemStyle: { color: '#1a4fa0' } }],
    };
  }, [f, t]);

  return (
    <div data-testid="hall-figures">
      <PageHeader
        title={t('hall.figures.title')}
        description={t('hall.figures.description')}
        extra={
          <>
            <HallSelect halls={halls.data ?? []} value={hallId} onChange={setHall} />
            <DatePicker.RangePicker format={DAY} allowClear={false} value={[dayjs(from), dayjs(to)]}
              onChange={(range) => range?.[0] && range[1] && set({ from: (range[0] as Dayjs).format(DAY), to: (range[1] as Dayjs).format(DAY) })} />
          </>
        }
      />
      {f && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            {[
              { title: t('hall.figures.tickets'), value: f.total.tickets },
              { title: t('hall.figures.avgWait'), value: minutes(f.total.avgWaitMinutes), suffix: t('hall.figures.min') },
              { title: t('hall.figures.maxWait'), value: minutes(f.total.maxWaitMinutes), suffix: t('hall.figures.min') },
              { title: t('hall.figures.avgServe'), value: minutes(f.total.avgServeMinutes), suffix: t('hall.figures.min') },
              { title: t('hall.figures.noShowRate'), value: percent(f.total.noShowRate) },
              { title: t('hall.figures.apptNoShowRate'), value: percent(f.appointments.noShowRate) },
            ].map((s) => (
              <Col key={s.title} xs={12} md={8} xl={4}>
                <Card size="small"><Statistic title={s.title} value={s.value} suffix={s.suffix} /></Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('hall.figures.perHour')}>
            <EChart option={hourly} height={240} ariaLabel={t('hall.figures.perHour')} data-testid="figures-hourly" />
          </Card>
          <FigureTable title={t('hall.figures.byCategory')} rows={f.byCategory} testId="figures-category" />
          <Row gutter={16}>
            <Col xs={24} lg={12}><FigureTable title={t('hall.figures.byWindow')} rows={f.byWindow.map((r) => ({ ...r, name: t('hall.windowName', { window: r.name }) }))} testId="figures-window" /></Col>
            <Col xs={24} lg={12}><FigureTable title={t('hall.figures.byClerk')} rows={f.byClerk} testId="figures-clerk" /></Col>
          </Row>
          <Card size="small" title={t('hall.figures.appointments')}>
            <Flex gap={32} wrap>
              <Statistic title={t('hall.figures.booked')} value={f.appointments.booked} />
              <Statistic title={t('hall.figures.checkedIn')} value={f.appointments.checkedIn} />
              <Statistic title={t('hall.figures.cancelled')} value={f.appointments.cancelled} />
              <Statistic title={t('hall.figures.apptNoShows')} value={f.appointments.noShows} />
            </Flex>
          </Card>
        </Flex>
      )}
    </div>
  );
}
