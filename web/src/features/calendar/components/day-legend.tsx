import { Flex } from 'antd';
import { DAY_KINDS } from '@core/calendar/day-marks';
import { useT } from '@/lib/i18n';
import { KIND_STYLE } from '../utils/days';

/** What the colours mean, and how an admin's mark and today look. */
export function DayLegend() {
  const t = useT();
  return (
    <Flex gap={18} wrap align="center" data-testid="calendar-legend">
      {DAY_KINDS.map((kind) => (
        <Flex key={kind} gap={6} align="center">
          <span className="calendar-swatch" style={{ background: KIND_STYLE[kind].background, borderColor: KIND_STYLE[kind].border, color: KIND_STYLE[kind].color }}>
            {kind === 'holiday' ? t('calendar.holidayShort') : kind === 'adjusted_workday' ? t('calendar.adjustedShort') : null}
          </span>
          <span>{t(`calendar.kind.${kind}`)}</span>
        </Flex>
      ))}
      <Flex gap={6} align="center">
        <span className="calendar-swatch" style={{ background: '#fff', borderColor: '#1a4fa0', borderStyle: 'dashed', position: 'relative' }}>
          <span className="calendar-day-mark" style={{ bottom: 2 }} />
        </span>
        <span>{t('calendar.overridden')}</span>
      </Flex>
      <Flex gap={6} align="center">
        <span className="calendar-swatch" style={{ background: '#fff', borderColor: '#e6eaf0', boxShadow: '0 0 0 2px #1a4fa0' }} />
        <span>{t('calendar.today')}</span>
      </Flex>
    </Flex>
  );
}
