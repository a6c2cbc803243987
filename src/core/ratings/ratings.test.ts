import { describe, expect, it } from 'vitest';
import { officialCalendar, parseLocalDate } from '../calendar/index.js';
import {
  checkTags, fromExportCode, isBadRating, isRateable, monthRange, ratingFigures, rectificationClock, redBlueBoard, settingLineage, settingsFor,
  tagsForLevel, toExportCode, RATING_LEVELS, RATING_TAGS, type BoardCandidate,
} from './index.js';

describe('export level codes (DOMAIN.md §8)', () => {
  it('maps national 5 = 非常满意 and GB/T 39046 1 = 非常满意, both ways', () => {
    expect(RATING_LEVELS.map((level) => toExportCode(level, 'national'))).toEqual([1, 2, 3, 4, 5]);
    expect(RATING_LEVELS.map((level) => toExportCode(level, 'gbt39046'))).toEqual([5, 4, 3, 2, 1]);
    expect(fromExportCode(5, 'national')).toBe(5);
    expect(fromExportCode(1, 'gbt39046')).toBe(5);
    expect(fromExportCode(5, 'gbt39046')).toBe(1);
    for (const format of ['national', 'gbt39046'] as const) {
      for (const level of RATING_LEVELS) expect(fromExportCode(toExportCode(level, format), format)).toBe(level);
      expect(fromExportCode(0, format)).toBeNull();
      expect(fromExportCode(6, format)).toBeNull();
    }
  });
});

describe('levels, tags and eligibility', () => {
  it('calls levels 1 and 2 bad, and offers each level only its own group of tags', () => {
    expect(RATING_LEVELS.filter(isBadRating)).toEqual([1, 2]);
    expect(tagsForLevel(5)).toEqual(tagsForLevel(4));
    expect(tagsForLevel(1).map((t) => t.code)).toContain('many_trips');
    expect(tagsForLevel(3).some((t) => t.group !== 'fair')).toBe(false);
    expect(new Set(RATING_TAGS.map((t) => t.code)).size).toBe(RATING_TAGS.length);
    expect(checkTags(1, ['rude', 'many_trips'])).toEqual([]);
    expect(checkTags(5, ['rude']).map((e) => e.field)).toEqual(['tags[0]']);
    expect(checkTags(1, ['rude', 'rude'])).toEqual([{ field: 'tags[1]', code: 'duplicate' }]);
  });

  it('lets concluded, delivered and refused cases be rated, nothing still running', () => {
    expect((['concluded', 'delivered', 'refused', 'in_progress', 'submitted', 'withdrawn', 'abandoned', 'revoked'] as const).filter(isRateable))
      .toEqual(['concluded', 'delivered', 'refused']);
  });
});

describe('the rectification clock', () => {
  it('counts 15 workdays over the National Day holidays and the adjusted Saturday', () => {
    // Rated Wednesday 30 Sep 2026. 1–7 Oct are holidays; Sat 10 Oct is worked (调休).
    // 8, 9, 10 | 12–16 | 19–23 | 26, 27 Oct: the 15th workday is 27 Oct; yellow with 5 left: from 21 Oct.
    const clock = rectificationClock(officialCalendar(), parseLocalDate('2026-09-30'), 15);
    expect(clock).toEqual({ dueAt: '2026-10-27T23:59:59.999+08:00', yellowAt: '2026-10-21T00:00:00.000+08:00', calendarIncomplete: false });
  });

  it('takes the nearest region setting: township, county, city, province, else the defaults', () => {
    expect(settingLineage('360102001')).toEqual(['360102001', '360102', '360100', '360000']);
    expect(settingLineage('360100')).toEqual(['360100', '360000']);
    const stored = new Map([['360000', { rectificationDays: 10, boardMinRatings: 3 }], ['360102', { rectificationDays: 20, boardMinRatings: 5 }]]);
    expect(settingsFor('360102001', stored)).toEqual({ settings: { rectificationDays: 20, boardMinRatings: 5 }, from: '360102' });
    expect(settingsFor('360103', stored).from).toBe('360000');
    expect(settingsFor('110101', stored)).toEqual({ settings: { rectificationDays: 15, boardMinRatings: 5 }, from: null });
  });
});

describe('figures and the red-blue board (DOMAIN.md §9)', () => {
  it('computes satisfaction = (5 + 4) / ratings and rectification rate = rectified / bad, null when empty', () => {
    expect(ratingFigures({ 1: 1, 2: 1, 3: 0, 4: 1, 5: 2 }, 1)).toMatchObject({ ratings: 5, satisfaction: 0.6, badRatings: 2, rectificationRate: 0.5 });
    expect(ratingFigures({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, 0)).toMatchObject({ ratings: 0, satisfaction: null, rectificationRate: null });
  });

  it('ranks departments with enough ratings; ties share a rank; red and blue never overlap', () => {
    const department = (id: string, levels: [number, number, number, number, number]): BoardCandidate => ({
      departmentId: id, departmentName: id, ...ratingFigures({ 1: levels[0], 2: levels[1], 3: levels[2], 4: levels[3], 5: levels[4] }, 0),
    });
    const board = redBlueBoard([
      department('a', [0, 0, 1, 1, 3]), department('b', [1, 1, 1, 1, 1]), department('c', [0, 0, 0, 0, 5]),
      department('d', [0, 0, 1, 0, 4]), department('e', [0, 0, 0, 0, 1]),
    ], 5);
    expect(board.ranking.map((d) => [d.departmentId, d.rank])).toEqual([['c', 1], ['a', 2], ['d', 2], ['b', 4]]);
    expect(board.red.map((d) => d.departmentId)).toEqual(['c', 'a']);
    expect(board.blue.map((d) => d.departmentId)).toEqual(['b', 'd']);
    expect(board.unranked.map((d) => d.departmentId)).toEqual(['e']);
  });

  it('bounds a month in Asia/Shanghai', () => {
    expect(monthRange('2026-03')).toEqual({ from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' });
    expect(monthRange('2026-12').to).toBe('2026-12-31T16:00:00.000Z');
  });
});
