import { LEVEL_NAMES, type RatingLevel } from '@core/ratings/levels';
import { RATING_TAGS } from '@core/ratings/tags';
import { CHANNEL_NAMES, type RatingChannel } from '@core/ratings/channels';
import type { Lang } from '@/lib/i18n';

// The vocabularies live in the core (one list for the server's checks, the exports and the pages).
const tagByCode = new Map(RATING_TAGS.map((tag) => [tag.code, tag]));

/** A level's name in the UI language. */
export const levelName = (level: RatingLevel, lang: Lang) => LEVEL_NAMES[level][lang];

/** A tag's text in the UI language (an unknown code as is). */
export const tagName = (code: string, lang: Lang) => tagByCode.get(code)?.[lang] ?? code;

/** A channel's name in the UI language. */
export const channelName = (channel: string, lang: Lang) => CHANNEL_NAMES[channel as RatingChannel]?.[lang] ?? channel;

/** Colours of a level: green for praise, gold for the middle, red for a complaint. */
export const levelColor = (level: RatingLevel) => (level >= 4 ? 'green' : level === 3 ? 'gold' : 'red');

/** A fraction as a percentage with one decimal, or a dash when there is none. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
