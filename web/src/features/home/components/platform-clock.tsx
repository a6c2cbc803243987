import { ClockCircleOutlined } from '@ant-design/icons';
import { Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { useEffect, useState } from 'react';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { fetchClock } from '../api/home';

dayjs.extend(utc);

/** Minutes east of UTC in an ISO instant; China Standard Time when the instant is in UTC. */
function offsetMinutes(iso: string): number {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!match) return 8 * 60;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The platform's time. A real clock ticks here from the server's reading; a simulated clock is shown
 * as the server has it (it moves only when an administrator moves it), re-read every half minute.
 */
export function PlatformClock() {
  const t = useT();
  const { lang } = useLang();
  const clock = useQuery((signal) => fetchClock(signal), []);
  const [tick, setTick] = useState(() => Date.now());
  const { reload } = clock;

  useEffect(() => {
    const timer = window.setInterval(() => setTick(Date.now()), 1000);
    const refresh = window.setInterval(reload, 30_000);
    return () => {
      window.clearInterval(timer);
      window.clearInterval(refresh);
    };
  }, [reload]);

  const [readAt, setReadAt] = useState(() => Date.now());
  useEffect(() => setReadAt(Date.now()), [clock.data]);

  if (!clock.data) return clock.error ? <Typography.Text type="secondary">—</Typography.Text> : <Skeleton active paragraph={{ rows: 1 }} title={false} />;
  const elapsed = clock.data.simulated ? 0 : Math.max(0, tick - readAt);
  const now = dayjs(clock.data.now).add(elapsed, 'ms').utcOffset(offsetMinutes(clock.data.now));
  return (
    <div data-testid="platform-clock">
      <Typography.Text type="secondary">
        <ClockCircleOutlined /> {t('home.platformTime')}
        {clock.data.simulated && (
          <Tag color="gold" style={{ marginInlineStart: 8 }}>
            {t('home.simulated')}
          </Tag>
        )}
      </Typography.Text>
      <div style={{ fontSize: 32, fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: '#0f3470', margin: '6px 0 2px' }}>{now.format('HH:mm:ss')}</div>
      <Typography.Text>{now.locale(lang === 'zh' ? 'zh-cn' : 'en').format(lang === 'zh' ? 'YYYY年M月D日 dddd' : 'dddd, MMMM D, YYYY')}</Typography.Text>
    </div>
  );
}
