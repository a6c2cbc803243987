import { ImportOutlined, LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getOverview, getPlatformNow, getYear, type YearDay } from '../api/calendar';
import { CoverageBanner } from '../components/coverage-banner';
import { DayLegend } from '../components/day-legend';
import { ImportYearModal } from '../components/import-year-modal';
import { MarkDayModal } from '../components/mark-day-modal';
import { YearGrid } from '../components/year-grid';
import { beijingDate } from '../utils/days';
import '../calendar.css';

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** `/admin/calendar`: the working-day calendar a year at a time, its coverage, marking days and importing years. */
export default function CalendarPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const now = useQuery((signal) => getPlatformNow(signal), []);
  const today = now.data ? beijingDate(now.data) : '';
  const thisYear = today ? Number(today.slice(0, 4)) : undefined;
  const year = Number(params.get('year')) || thisYear;
  const overview = useQuery((signal) => getOverview(signal), []);
  const view = useQuery((signal) => (year ? getYear(year, signal) : Promise.resolve(null)), [year]);
  const [picked, setPicked] = useState<YearDay | null>(null);
  const [importing, setImporting] = useState(false);

  const setYear = (next: number) => setParams({ year: String(Math.min(LAST_YEAR, Math.max(FIRST_YEAR, next))) });
  const reload = () => {
    overview.reload();
    view.reload();
  };

  const summary = useMemo(() => {
    const days = view.data?.days ?? [];
    const count = (test: (d: YearDay) => boolean) => days.filter(test).length;
    return {
      workdays: count((d) => d.kind === 'workday' || d.kind === 'adjusted_workday'),
      holidays: count((d) => d.kind === 'holiday'),
      adjusted: count((d) => d.kind === 'adjusted_workday'),
      overrides: count((d) => d.overridden),
    };
  }, [view.data]);

  const yearOptions = useMemo(() => {
    const years = new Set([...(overview.data?.coveredYears ?? []), ...(overview.data?.missingYears ?? [])]);
    if (thisYear) for (let y = thisYear - 2; y <= thisYear + 2; y += 1) years.add(y);
    if (year) years.add(year);
    return [...years].sort((a, b) => a - b).map((y) => ({ value: y, label: t('calendar.year', { year: y }) }));
  }, [overview.data, thisYear, year, t]);

  const error = overview.error ?? view.error ?? now.error;
  const defaultImportYear = overview.data?.missingYears.find((y) => y >= (thisYear ?? 0)) ?? year ?? thisYear ?? FIRST_YEAR;
  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={reload}>
              {t('common.reload')}
            </Button>
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-year">
              {t('calendar.import')}
            </Button>
          </>
        }
      />
      {error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(error as Error).message} style={{ marginBottom: 16 }} />}
      {overview.data && <CoverageBanner overview={overview.data} />}
      <Card variant="borderless">
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space size={8} wrap>
            <Button icon={<LeftOutlined />} onClick={() => year && setYear(year - 1)} disabled={!year || year <= FIRST_YEAR} aria-label={t('calendar.prevYear')} data-testid="prev-year" />
            <Select value={year} options={yearOptions} onChange={setYear} style={{ width: 130 }} data-testid="year-select" aria-label={t('calendar.importModal.year')} />
            <Button icon={<RightOutlined />} onClick={() => year && setYear(year + 1)} disabled={!year || year >= LAST_YEAR} aria-label={t('calendar.nextYear')} data-testid="next-year" />
            {thisYear && year !== thisYear && <Button onClick={() => setYear(thisYear)}>{t('calendar.thisYear')}</Button>}
          </Space>
          {view.data && (
            <Typography.Text type="secondary" data-testid="year-summary">
              {t('calendar.summary', summary)}
            </Typography.Text>
          )}
        </Flex>
        <div style={{ marginBottom: 16 }}>
          <DayLegend />
        </div>
        {view.data && !view.data.covered && (
          <Alert type="warning" showIcon title={t('calendar.notCovered', { year: view.data.year })} style={{ marginBottom: 16 }} data-testid="year-not-covered" />
        )}
        <Spin spinning={view.loading}>
          <div style={{ minHeight: 480 }}>{view.data && <YearGrid days={view.data.days} today={today} onPick={setPicked} />}</div>
        </Spin>
      </Card>
      <MarkDayModal
        day={picked}
        onClose={() => setPicked(null)}
        onChanged={() => {
          setPicked(null);
          reload();
        }}
      />
      <ImportYearModal
        open={importing}
        defaultYear={defaultImportYear}
        onClose={() => setImporting(false)}
        onImported={(imported) => {
          overview.reload();
          if (imported === year) view.reload();
          else setYear(imported);
        }}
      />
    </>
  );
}
