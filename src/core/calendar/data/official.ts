/**
 * The State Council's holiday schedules (国务院办公厅关于…年部分节假日安排的通知), transcribed by hand and
 * reviewed against the published text. One entry per notice; each holiday lists its days off (放假调休,
 * from–to inclusive) and the weekend days worked instead (调休上班). `official-data.test.ts` re-checks
 * every date against a literal list, the weekday printed in the notice, and the statutory day count.
 *
 * To add a year: append its notice here (or import it as admin overrides), then add the year's
 * literals to `official-data.test.ts`. See docs/clock.md, "Loading a new year".
 */

/** One holiday of a notice: days off `from`–`to` (inclusive) and its adjusted workdays (调休上班). */
export interface OfficialHoliday {
  readonly name: string;
  readonly nameEn: string;
  readonly from: string;
  readonly to: string;
  readonly workdays: readonly string[];
}

/** One State Council notice: the year it schedules, its document number, and its holidays. */
export interface HolidayNotice {
  readonly year: number;
  readonly document: string;
  readonly title: string;
  readonly issuedOn: string;
  readonly holidays: readonly OfficialHoliday[];
}

/** The notices the calendar ships, oldest first. */
export const OFFICIAL_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2024,
    document: '国办发明电〔2023〕7号',
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    issuedOn: '2023-10-25',
    holidays: [
      // 元旦：1月1日放假，与周末连休。(2023-12-30/31 are ordinary weekend days.)
      { name: '元旦', nameEn: "New Year's Day", from: '2024-01-01', to: '2024-01-01', workdays: [] },
      // 春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。
      { name: '春节', nameEn: 'Spring Festival', from: '2024-02-10', to: '2024-02-17', workdays: ['2024-02-04', '2024-02-18'] },
      // 清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。
      { name: '清明节', nameEn: 'Qingming Festival', from: '2024-04-04', to: '2024-04-06', workdays: ['2024-04-07'] },
      // 劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。
      { name: '劳动节', nameEn: 'Labour Day', from: '2024-05-01', to: '2024-05-05', workdays: ['2024-04-28', '2024-05-11'] },
      // 端午节：6月10日放假，与周末连休。
      { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2024-06-10', to: '2024-06-10', workdays: [] },
      // 中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。
      { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2024-09-15', to: '2024-09-17', workdays: ['2024-09-14'] },
      // 国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
      { name: '国庆节', nameEn: 'National Day', from: '2024-10-01', to: '2024-10-07', workdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    year: 2025,
    document: '国办发明电〔2024〕12号',
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    issuedOn: '2024-11-12',
    holidays: [
      // 元旦：1月1日（周三）放假1天，不调休。
      { name: '元旦', nameEn: "New Year's Day", from: '2025-01-01', to: '2025-01-01', workdays: [] },
      // 春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
      { name: '春节', nameEn: 'Spring Festival', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
      // 清明节：4月4日（周五）至6日（周日）放假，共3天。
      { name: '清明节', nameEn: 'Qingming Festival', from: '2025-04-04', to: '2025-04-06', workdays: [] },
      // 劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
      { name: '劳动节', nameEn: 'Labour Day', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
      // 端午节：5月31日（周六）至6月2日（周一）放假，共3天。
      { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2025-05-31', to: '2025-06-02', workdays: [] },
      // 国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
      { name: '国庆节、中秋节', nameEn: 'National Day and Mid-Autumn Festival', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    document: '国办发明电〔2025〕7号',
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issuedOn: '2025-11-04',
    holidays: [
      // 元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
      { name: '元旦', nameEn: "New Year's Day", from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
      // 春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
      { name: '春节', nameEn: 'Spring Festival', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
      // 清明节：4月4日（周六）至6日（周一）放假，共3天。
      { name: '清明节', nameEn: 'Qingming Festival', from: '2026-04-04', to: '2026-04-06', workdays: [] },
      // 劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
      { name: '劳动节', nameEn: 'Labour Day', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
      // 端午节：6月19日（周五）至21日（周日）放假，共3天。
      { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2026-06-19', to: '2026-06-21', workdays: [] },
      // 中秋节：9月25日（周五）至27日（周日）放假，共3天。
      { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2026-09-25', to: '2026-09-27', workdays: [] },
      // 国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
      { name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];
