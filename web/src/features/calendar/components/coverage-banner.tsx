import { Alert, Collapse, Flex, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { CalendarOverview } from '../api/calendar';

/** Which years around today have no schedule yet, the years loaded (official or imported), and the notices shipped. */
export function CoverageBanner({ overview }: { overview: CalendarOverview }) {
  const t = useT();
  const missing = overview.missingYears;
  const years = missing.map((year) => t('calendar.year', { year })).join('、');
  const details = (
    <Flex vertical gap={8} style={{ marginTop: 4 }}>
      {missing.length > 0 && <Typography.Text>{t('calendar.missingHint')}</Typography.Text>}
      <Flex gap={6} wrap align="center">
        <Typography.Text type="secondary">{t('calendar.coveredYears')}</Typography.Text>
        {overview.coveredYears.map((year) => {
          const official = overview.officialYears.includes(year);
          return (
            <Tag key={year} color={official ? 'blue' : 'green'} data-testid={`covered-${year}`}>
              {year} · {t(official ? 'calendar.official' : 'calendar.imported')}
            </Tag>
          );
        })}
      </Flex>
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'notices',
            label: `${t('calendar.notices')}（${overview.notices.length}）`,
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {overview.notices.map((notice) => (
                  <li key={notice.year}>
                    {notice.title}（{notice.document}）
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
        style={{ marginInlineStart: -16 }}
      />
    </Flex>
  );
  return (
    <Alert
      type={missing.length > 0 ? 'warning' : 'success'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="coverage-banner"
      data-missing={missing.join(',')}
      title={<strong>{missing.length > 0 ? t('calendar.missing', { years }) : t('calendar.complete')}</strong>}
      description={details}
    />
  );
}
