import { Col, Row } from 'antd';
import { memo, useMemo } from 'react';
import { useLang, useT } from '@/lib/i18n';
import type { YearDay } from '../api/calendar';
import { dayName, isoWeekday, KIND_STYLE } from '../utils/days';

const CELL = 34;

function DayCell({ day, today, onPick }: { day: YearDay; today: boolean; onPick: (day: YearDay) => void }) {
  const t = useT();
  const { lang } = useLang();
  const style = KIND_STYLE[day.kind];
  const badge = day.kind === 'holiday' ? t('calendar.holidayShort') : day.kind === 'adjusted_workday' ? t('calendar.adjustedShort') : null;
  const name = dayName(day.name, lang);
  const label = [day.date, t(`calendar.kind.${day.kind}`), name, day.overridden ? t('calendar.overridden') : null].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      className="calendar-day"
      title={label}
      aria-label={label}
      data-date={day.date}
      data-kind={day.kind}
      data-overridden={day.overridden ? 'true' : undefined}
      onClick={() => onPick(day)}
      style={{
        background: style.background,
        color: style.color,
        borderColor: day.overridden ? '#1a4fa0' : style.border,
        borderStyle: day.overridden ? 'dashed' : 'solid',
        boxShadow: today ? '0 0 0 2px #1a4fa0' : undefined,
        fontWeight: today || day.kind === 'holiday' ? 700 : 500,
      }}
    >
      {Number(day.date.slice(8))}
      {badge && <span className="calendar-day-badge" style={{ color: style.color }}>{badge}</span>}
      {day.overridden && <span className="calendar-day-mark" aria-hidden />}
    </button>
  );
}

const MonthGrid = memo(function MonthGrid({ month, days, today, onPick }: { month: number; days: readonly YearDay[]; today: string; onPick: (day: YearDay) => void }) {
  const t = useT();
  const weekdays = t('calendar.weekdays').split(',');
  const first = days[0];
  const blanks = first ? isoWeekday(first.date) - 1 : 0;
  return (
    <div className="calendar-month" data-month={month}>
      <div className="calendar-month-title">{t('calendar.monthNames').split(',')[month - 1]}</div>
      <div className="calendar-month-grid" style={{ gridTemplateColumns: `repeat(7, ${CELL}px)` }}>
        {weekdays.map((w, i) => (
          <div key={w} className="calendar-weekday" style={{ color: i >= 5 ? '#c41d1d' : undefined }}>
            {w}
          </div>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <span key={`blank-${i}`} />
        ))}
        {days.map((day) => (
          <DayCell key={day.date} day={day} today={day.date === today} onPick={onPick} />
        ))}
      </div>
    </div>
  );
});

/** A whole year as twelve month grids, each day in the colour of its kind; clicking a day opens its mark. */
export function YearGrid({ days, today, onPick }: { days: readonly YearDay[]; today: string; onPick: (day: YearDay) => void }) {
  const months = useMemo(() => {
    const byMonth: YearDay[][] = Array.from({ length: 12 }, () => []);
    for (const day of days) byMonth[Number(day.date.slice(5, 7)) - 1]?.push(day);
    return byMonth;
  }, [days]);
  return (
    <Row gutter={[16, 16]} data-testid="year-grid">
      {months.map((monthDays, i) => (
        <Col key={i} xs={24} sm={12} lg={8} xxl={6} style={{ display: 'flex', justifyContent: 'center' }}>
          <MonthGrid month={i + 1} days={monthDays} today={today} onPick={onPick} />
        </Col>
      ))}
    </Row>
  );
}
