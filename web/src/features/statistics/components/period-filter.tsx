import { PERIOD_KINDS, type PeriodKind } from '@core/statistics/periods';
import { DatePicker, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '@/lib/i18n';
import type { PeriodState } from './use-period';

const DAY = 'YYYY-MM-DD';

/** The period picker (day, ISO week, month, custom span) and the department scope of the dashboard. */
export function PeriodFilter({ state, onChange, departments }: {
  state: PeriodState;
  onChange: (next: Partial<PeriodState>) => void;
  departments: { id: string; name: string }[];
}) {
  const t = useT();
  const picker = state.kind === 'day' ? 'date' : (state.kind as 'week' | 'month');
  return (
    <>
      <Segmented<PeriodKind>
        value={state.kind}
        onChange={(kind) => onChange({ kind, ...(kind === 'custom' && { from: state.from, to: state.to }) })}
        options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`stats.period.${kind}`) }))}
        data-testid="period-kind"
      />
      {state.kind === 'custom' ? (
        <DatePicker.RangePicker
          format={DAY} allowClear={false} value={[dayjs(state.from), dayjs(state.to)]} aria-label={t('stats.period.label')}
          onChange={(range) => range?.[0] && range[1] && onChange({ from: (range[0] as Dayjs).format(DAY), to: (range[1] as Dayjs).format(DAY) })}
        />
      ) : (
        <DatePicker
          picker={picker} allowClear={false} value={dayjs(state.date)} aria-label={t('stats.period.label')} data-testid="period-date"
          onChange={(value: Dayjs | null) => value && onChange({ date: value.format(DAY) })}
        />
      )}
      <Select
        style={{ minWidth: 200 }} allowClear showSearch optionFilterProp="label" placeholder={t('stats.scope.allDepartments')}
        value={state.department} onChange={(department?: string) => onChange({ department })} aria-label={t('stats.scope.department')}
        options={departments.map((d) => ({ value: d.id, label: d.name }))} data-testid="scope-department"
      />
    </>
  );
}
