/**
 * The fixed tag vocabulary (评价标签) a rater may pick, by level. 国办发〔2019〕51号 asks for one nationally
 * uniform set of evaluation content shown by level; the tags follow its dimensions (办事效率, 办事指南,
 * 便捷度, 服务态度, 服务水平, 网上办理) with our own wording. A province with a fixed list replaces this table.
 */
import type { FieldError } from '../errors.js';
import type { RatingLevel } from './levels.js';

/** Which levels a tag is offered for: praise (4–5), the middle (3), or a complaint (1–2). */
export type TagGroup = 'good' | 'fair' | 'bad';

export interface RatingTag {
  readonly code: string;
  readonly group: TagGroup;
  readonly zh: string;
  readonly en: string;
}

export const RATING_TAGS: readonly RatingTag[] = [
  { code: 'efficient', group: 'good', zh: '办事效率高', en: 'Quick service' },
  { code: 'one_visit', group: 'good', zh: '一次办好', en: 'Done in one visit' },
  { code: 'guide_clear', group: 'good', zh: '办事指南清晰准确', en: 'Clear, accurate guide' },
  { code: 'few_materials', group: 'good', zh: '材料精简', en: 'Few materials needed' },
  { code: 'friendly', group: 'good', zh: '服务态度好', en: 'Friendly staff' },
  { code: 'professional', group: 'good', zh: '业务熟练专业', en: 'Skilled, knowledgeable staff' },
  { code: 'online_easy', group: 'good', zh: '网上办理便捷', en: 'Easy to do online' },
  { code: 'faster_please', group: 'fair', zh: '办理效率有待提高', en: 'Could be faster' },
  { code: 'guide_improve', group: 'fair', zh: '办事指南有待完善', en: 'The guide could be clearer' },
  { code: 'process_improve', group: 'fair', zh: '流程有待简化', en: 'The process could be simpler' },
  { code: 'attitude_improve', group: 'fair', zh: '服务态度有待改进', en: 'Staff could be more helpful' },
  { code: 'online_improve', group: 'fair', zh: '网上办理有待优化', en: 'The online service could be better' },
  { code: 'many_trips', group: 'bad', zh: '多次跑动', en: 'Several trips needed' },
  { code: 'not_told_once', group: 'bad', zh: '未一次性告知', en: 'Not told everything at once' },
  { code: 'extra_materials', group: 'bad', zh: '要求提供额外材料', en: 'Asked for extra materials' },
  { code: 'slow', group: 'bad', zh: '办理时间长', en: 'Took too long' },
  { code: 'overdue', group: 'bad', zh: '超期办理', en: 'Not done within the time limit' },
  { code: 'long_wait', group: 'bad', zh: '排队等候时间长', en: 'Long wait in the hall' },
  { code: 'rude', group: 'bad', zh: '态度生硬', en: 'Unfriendly staff' },
  { code: 'guide_wrong', group: 'bad', zh: '办事指南不准确', en: 'The guide was wrong' },
  { code: 'online_hard', group: 'bad', zh: '网上办理不便', en: 'Hard to do online' },
  { code: 'improper_fees', group: 'bad', zh: '违规收费', en: 'Improper fees' },
];

/** The group of tags a level offers. */
export function tagGroupOf(level: RatingLevel): TagGroup {
  return level >= 4 ? 'good' : level === 3 ? 'fair' : 'bad';
}

/** The tags a rater of `level` may choose from. */
export function tagsForLevel(level: RatingLevel): readonly RatingTag[] {
  const group = tagGroupOf(level);
  return RATING_TAGS.filter((tag) => tag.group === group);
}

/** At most this many tags on one rating. */
export const MAX_TAGS = 5;

/** Field errors for tags that the level does not offer or that repeat; empty when all are fine. */
export function checkTags(level: RatingLevel, tags: readonly string[]): FieldError[] {
  const offered = new Set(tagsForLevel(level).map((tag) => tag.code));
  const errors: FieldError[] = [];
  tags.forEach((tag, index) => {
    if (!offered.has(tag)) errors.push({ field: `tags[${index}]`, code: 'enum', params: { allowed: [...offered].join(', ') } });
    else if (tags.indexOf(tag) !== index) errors.push({ field: `tags[${index}]`, code: 'duplicate' });
  });
  if (tags.length > MAX_TAGS) errors.push({ field: 'tags', code: 'invalid' });
  return errors;
}
