import { BankOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import type { GuideSummary } from '../api/guides';
import { formatRate } from '../utils/format';
import { GuideTags } from './guide-tags';

/** A search result: the name, its tags, the department, and promised against statutory days with the speed-up. */
export function GuideCard({ item }: { item: GuideSummary }) {
  const t = useT();
  const instant = item.handling === 'instant';
  return (
    <Link to={`/guide/${encodeURIComponent(item.code)}`} aria-label={item.name} data-testid="guide-card">
      <Card hoverable variant="borderless" className="guide-card">
        <Typography.Title level={5} style={{ margin: 0, fontSize: '1.1em', lineHeight: 1.45 }}>
          {item.name}
        </Typography.Title>
        <Flex wrap gap={4}>
          <GuideTags item={item} />
        </Flex>
        <Typography.Text type="secondary">
          <BankOutlined /> {item.department.name}
        </Typography.Text>
        <Flex align="flex-end" justify="space-between" gap={8} style={{ marginTop: 'auto', borderTop: '1px solid #eef1f6', paddingTop: 10 }}>
          <Flex vertical gap={2}>
            <span style={{ color: '#0f3470', fontWeight: 600, fontSize: '1.05em' }}>
              {instant ? t('guide.instantLong') : `${t('guide.promised')} ${t('guide.days', { days: item.promisedDays })}`}
            </span>
            {item.statutoryDays > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: '0.9em' }}>
                {t('guide.statutory')} {t('guide.days', { days: item.statutoryDays })}
                {item.speedUpRate !== null && item.speedUpRate > 0 && (
                  <span style={{ color: '#389e0d', marginInlineStart: 8, whiteSpace: 'nowrap' }}>{t('guide.speedUp', { rate: formatRate(item.speedUpRate) })}</span>
                )}
              </Typography.Text>
            )}
          </Flex>
          <span style={{ color: '#1a4fa0', whiteSpace: 'nowrap' }}>
            {t('guide.view')} <RightOutlined />
          </span>
        </Flex>
      </Card>
    </Link>
  );
}
