import { tagsForLevel } from '@core/ratings/tags';
import { isRatingLevel, type RatingLevel } from '@core/ratings/levels';
import { Button, Flex, Input, Rate, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLang, useT } from '@/lib/i18n';
import type { RatingValues } from '../api/ratings';
import { levelName, tagName } from './labels';

const LEVELS: RatingLevel[] = [1, 2, 3, 4, 5];

/**
 * The rating itself, shared by the applicant's case page, the public /rate page and the window device: five
 * stars (the national 好差评 mark), the tags the chosen level offers, a comment. `large` is for touch screens.
 */
export function RatingPanel({ onSubmit, large = false }: { onSubmit: (values: RatingValues) => Promise<void>; large?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const offered = level ? tagsForLevel(level) : [];

  function choose(value: number) {
    const next = isRatingLevel(value) ? value : null;
    // Tags belong to a group of levels; moving to another group drops the ones it does not offer.
    if (next) setTags((current) => current.filter((code) => tagsForLevel(next).some((tag) => tag.code === code)));
    setLevel(next);
  }

  async function submit() {
    if (!level) return;
    setBusy(true);
    try {
      await onSubmit({ level, tags, ...(comment.trim() ? { comment: comment.trim() } : {}) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap={large ? 24 : 16} data-testid="rating-panel">
      <Flex vertical align="center" gap={4}>
        <Rate
          value={level ?? 0}
          onChange={choose}
          tooltips={LEVELS.map((l) => levelName(l, lang))}
          style={{ fontSize: large ? 56 : 36 }}
          aria-label={t('rating.level')}
          data-testid="rating-stars"
        />
        <Typography.Text strong style={{ fontSize: large ? 24 : 16, minHeight: large ? 34 : 24 }} data-testid="rating-level-name">
          {level ? levelName(level, lang) : t('rating.pickLevel')}
        </Typography.Text>
      </Flex>
      {level && (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{t(level <= 2 ? 'rating.tagsBad' : 'rating.tags')}</Typography.Text>
          <Flex wrap gap={8}>
            {offered.map((tag) => (
              <Tag.CheckableTag
                key={tag.code}
                checked={tags.includes(tag.code)}
                onChange={(checked) => setTags((current) => (checked ? [...current, tag.code] : current.filter((code) => code !== tag.code)))}
                style={{ fontSize: large ? 18 : 14, padding: large ? '8px 16px' : '2px 10px', border: '1px solid #d9d9d9' }}
                data-testid={`rating-tag-${tag.code}`}
              >
                {tagName(tag.code, lang)}
              </Tag.CheckableTag>
            ))}
          </Flex>
          <Input.TextArea
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            maxLength={500}
            showCount
            rows={large ? 3 : 2}
            placeholder={t(level <= 2 ? 'rating.commentBad' : 'rating.comment')}
            data-testid="rating-comment"
          />
        </Flex>
      )}
      <Button type="primary" size="large" block disabled={!level} loading={busy} onClick={() => void submit()} data-testid="rating-submit">
        {t('rating.submit')}
      </Button>
    </Flex>
  );
}
