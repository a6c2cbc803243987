import { Alert, Descriptions, Flex, Rate, Tag, Typography } from 'antd';
import { formatDate, formatTime } from '@/features/cases/shared/format';
import { useLang, useT } from '@/lib/i18n';
import type { Rating } from '../api/ratings';
import { channelName, levelColor, levelName, tagName } from './labels';

/** What became of a bad rating, as its rater is told (国办发〔2019〕51号: 整改结果反馈). */
function RectificationNote({ rating }: { rating: Rating }) {
  const t = useT();
  const r = rating.rectification;
  if (!r) return null;
  if (r.status === 'rectified') {
    return (
      <Alert
        type="success"
        showIcon
        title={t('rating.rectifiedTitle', { date: formatDate(r.completedAt) })}
        description={
          <>
            <div>{t('rating.measures')}：{r.measures}</div>
            <div>{t('rating.result')}：{r.result}</div>
          </>
        }
        data-testid="rating-rectification"
      />
    );
  }
  if (r.status === 'closed') return <Alert type="info" showIcon title={t('rating.closedTitle')} data-testid="rating-rectification" />;
  return <Alert type="warning" showIcon title={t('rating.openTitle', { date: formatDate(r.dueAt) })} data-testid="rating-rectification" />;
}

/** A rating as given: stars, level, tags, comment, channel and time, the follow-up, and what the office did. */
export function RatingSummary({ rating }: { rating: Rating }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Flex vertical gap={12} data-testid="rating-summary">
      <Flex align="center" gap={12} wrap>
        <Rate disabled value={rating.level} />
        <Tag color={levelColor(rating.level)}>{levelName(rating.level, lang)}</Tag>
      </Flex>
      {rating.tags.length > 0 && (
        <Flex wrap gap={6}>
          {rating.tags.map((code) => <Tag key={code}>{tagName(code, lang)}</Tag>)}
        </Flex>
      )}
      {rating.comment && <Typography.Paragraph style={{ margin: 0 }}>{rating.comment}</Typography.Paragraph>}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'at', label: t('rating.ratedAt'), children: formatTime(rating.ratedAt) },
          { key: 'channel', label: t('rating.channel'), children: channelName(rating.channel, lang) },
          ...(rating.followUp ? [{ key: 'followUp', label: t('rating.followUp'), children: `${rating.followUp}（${formatTime(rating.followUpAt)}）` }] : []),
        ]}
      />
      <RectificationNote rating={rating} />
    </Flex>
  );
}
