/**
 * Where a rating came from (DOMAIN.md §8; 国办发〔2019〕51号: 线上 and 线下 channels, the hall's
 * evaluation device, QR codes, SMS and the hotline). Recorded on every rating.
 */
export const RATING_CHANNELS = ['online', 'window', 'qr', 'sms', 'kiosk', 'phone'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];

/** The channels anyone holding the case number and query code may use, without signing in. */
export const PUBLIC_CHANNELS = ['qr', 'sms', 'kiosk'] as const satisfies readonly RatingChannel[];
export type PublicChannel = (typeof PUBLIC_CHANNELS)[number];

export const CHANNEL_NAMES: Readonly<Record<RatingChannel, { readonly zh: string; readonly en: string }>> = {
  online: { zh: '网上办事页面', en: 'Online (applicant page)' },
  window: { zh: '窗口评价器', en: 'Window device' },
  qr: { zh: '二维码', en: 'QR code' },
  sms: { zh: '短信', en: 'SMS link' },
  kiosk: { zh: '自助终端', en: 'Self-service kiosk' },
  phone: { zh: '电话回访', en: 'Phone callback' },
};
