// The events an applicant is told about, and the parameters each message needs (DOMAIN.md §4).

import type { SupervisionEventParams } from '../supervision/notices.js';

/** Which case, by number and item; an item name is public catalogue data, not personal data. */
export interface CaseRef {
  readonly caseNo: string;
  readonly itemName: string;
}

/** A case reference with a legal date (`YYYY-MM-DD`, Asia/Shanghai) the applicant must know. */
export interface CaseRefWithDate extends CaseRef {
  readonly dueDate: string;
}

/** A hall appointment (预约取号) as the applicant is told of it: where, when, and the code to check in with. */
export interface AppointmentRef {
  readonly hallName: string;
  readonly categoryName: string;
  /** `YYYY-MM-DD`, and `HH:MM` start and end (Asia/Shanghai). */
  readonly day: string;
  readonly startTime: string;
  readonly endTime: string;
  /** The 8-digit code for the kiosk (the applicant may also check in signed in on their phone). */
  readonly checkinCode: string;
}

/** The outcome of a concluded case. */
export const CASE_OUTCOMES = ['granted', 'denied'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Parameters per event; the templates and `enqueueNotification` are typed from this one map (staff notices: supervision's). */
export interface EventParams extends SupervisionEventParams {
  'case.submitted': CaseRef;
  /** `dueDate`: the promised conclusion date. */
  'case.accepted': CaseRefWithDate;
  /** 行政许可法 第三十二条: no decision in 5 workdays means accepted from receipt; `dueDate` as accepted. */
  'case.deemed_accepted': CaseRefWithDate;
  /** `dueDate`: the last day to supplement the materials. */
  'case.correction_required': CaseRefWithDate;
  'case.refused': CaseRef;
  'case.suspended': CaseRef;
  /** The suspension ended (行政许可法 第四十五条); `dueDate`: the promised conclusion date, moved by the suspended workdays. */
  'case.resumed': CaseRefWithDate;
  /** `dueDate`: the new promised conclusion date. */
  'case.extended': CaseRefWithDate;
  'case.concluded': CaseRef & { readonly outcome: CaseOutcome };
  'case.delivered': CaseRef;
  /** `dueDate`: the last day to supplement before the case is abandoned. */
  'case.abandoned_reminder': CaseRefWithDate;
  'case.abandoned': CaseRef;
  /**
   * The case has its result (granted, denied, refused): please rate (好差评, 国办发〔2019〕51号). `rateLink`: the public
   * rating page `/rate?caseNo=…&queryCode=…&channel=sms`, which needs no sign-in.
   */
  'rating.requested': CaseRef & { readonly rateLink: string };
  /** The department has rectified after the applicant's bad rating (差评整改结果反馈). */
  'rating.rectified': CaseRef;
  /** The case's license was revoked (行政许可法 第六十九条, 第七十条): its number and the reason given. */
  'license.revoked': CaseRef & { readonly licenseNo: string; readonly reason: string };
  /** An appointment at the service hall was booked, or moved to another slot (docs/hall.md). */
  'hall.appointment_booked': AppointmentRef;
  'hall.appointment_changed': AppointmentRef;
}

/** An event that notifies the applicant. */
export type NotificationEvent = keyof EventParams;

/** One event's message in one language: the inbox and email title and body, and the short SMS text. */
export interface RenderedMessage {
  readonly title: string;
  readonly body: string;
  /** Case number and dates only: an SMS carries no personal data and no item name. */
  readonly sms: string;
}

/** A language's templates: one function per event, so a missing template or parameter fails to compile. */
export type Templates = { readonly [E in NotificationEvent]: (params: EventParams[E]) => RenderedMessage };
