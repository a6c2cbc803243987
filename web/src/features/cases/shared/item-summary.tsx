import { BankOutlined, ClockCircleOutlined, PhoneOutlined } from '@ant-design/icons';
import { Card, Collapse, Flex, Tag, Typography } from 'antd';
import { itemTypeLabel } from '@core/catalog/vocabulary';
import { useLang, useT } from '@/lib/i18n';
import type { Guide } from './guide-api';

/** The head of an application: the item, who handles it, its time limits, and its conditions. */
export function ItemSummary({ guide, showConditions = true }: { guide: Guide; showConditions?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const limit = guide.handling === 'instant' ? t('case.item.instant') : t('case.item.promised', { days: guide.promisedDays });
  return (
    <Card variant="borderless" style={{ marginBottom: 16 }} data-testid="item-summary">
      <Flex vertical gap={10}>
        <Flex gap={8} wrap align="center">
          <Tag color="blue">{itemTypeLabel(guide.type)[lang]}</Tag>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {guide.code}
          </Typography.Text>
        </Flex>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {guide.name}
        </Typography.Title>
        <Flex gap={16} wrap style={{ color: '#5b6b82' }}>
          <span>
            <BankOutlined /> {guide.department.name}
          </span>
          <span>
            <ClockCircleOutlined /> {limit}
            {guide.statutoryDays > 0 && ` · ${t('case.item.statutory', { days: guide.statutoryDays })}`}
          </span>
          {guide.contactPhone && (
            <span>
              <PhoneOutlined /> {guide.contactPhone}
            </span>
          )}
        </Flex>
        <Flex gap={6} wrap>
          {guide.visits === 0 && <Tag color="green">{t('case.item.zeroVisit')}</Tag>}
          {guide.visits === 1 && <Tag color="green">{t('case.item.oneVisit')}</Tag>}
          {guide.commitmentAllowed && <Tag color="purple">{t('case.item.commitment')}</Tag>}
          {guide.materials.some((m) => m.deferrable) && <Tag color="cyan">{t('case.item.deferrable')}</Tag>}
        </Flex>
        {showConditions && guide.conditions.length > 0 && (
          <Collapse
            size="small"
            ghost
            items={[
              {
                key: 'conditions',
                label: t('case.item.conditions', { count: guide.conditions.length }),
                children: (
                  <ol style={{ margin: 0, paddingInlineStart: 20, color: '#3d4b60' }}>
                    {guide.conditions.map((condition) => (
                      <li key={condition} style={{ marginBottom: 4 }}>
                        {condition}
                      </li>
                    ))}
                  </ol>
                ),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}
