/**
 * What the document renderer needs to know, as plain data. The case services map their own records onto
 * these shapes, so this adapter depends on nothing else in the project. Dates are `YYYY-MM-DD` legal dates
 * and instants are ISO-8601 strings; both are printed in Asia/Shanghai. The one exception is the vocabulary of
 * 行政许可法 第四十五条, which is the pure core's (one list of suspension kinds for the clock, the API and the notice).
 */
import type { SuspensionKind } from '../core/cases/case-suspension.js';

export type { SuspensionKind };

/** A legal date, `YYYY-MM-DD`. */
export type LegalDate = string;
/** An instant, ISO-8601 with an offset or `Z`. */
export type Instant = string;

/** The issuing agency: its name heads the document and rings the seal. */
export interface Agency {
  readonly name: string;
  /** The words under the seal's star, e.g. 行政审批专用章; defaults to 行政许可专用章. */
  readonly sealPurpose?: string;
}

/** A document number: `{prefix}〔{year}〕第 {serial, 6 digits} 号`, e.g. 朝审受〔2026〕第 000123 号. */
export interface DocumentNo {
  readonly prefix?: string;
  readonly year: number;
  readonly serial: number;
}

/** The applicant, addressed by name at the top of a notice. */
export interface Applicant {
  readonly name: string;
}

/** Where the applicant may seek remedies against a refusal or a denial (行政复议法, 行政诉讼法). */
export interface Remedies {
  /** The review organ, e.g. 北京市朝阳区人民政府. */
  readonly reviewBody: string;
  /** The court, e.g. 北京市朝阳区人民法院. */
  readonly court: string;
}

/** Fields every document carries. */
export interface DocumentBase {
  readonly agency: Agency;
  /** The public verification or progress page, encoded in the QR code. */
  readonly verifyUrl: string;
  /** The date printed above the seal; also the PDF's creation date, so output is reproducible. */
  readonly issuedOn: LegalDate;
}

/** Fields every notice about one case carries. */
export interface CaseDocumentBase extends DocumentBase {
  readonly documentNo: DocumentNo;
  readonly applicant: Applicant;
  readonly itemName: string;
  readonly caseNo: string;
  /** When the application was received (申请材料收到之时). */
  readonly submittedAt: Instant;
}

/** 受理通知书 (行政许可法 第三十二条). */
export interface AcceptanceNoticeInput extends CaseDocumentBase {
  readonly kind: 'acceptance_notice';
  readonly acceptedAt: Instant;
  /** Promised limit in workdays; 0 for an instant item (即办件). */
  readonly promisedDays: number;
  readonly dueDate: LegalDate;
  readonly complaintPhone: string;
  readonly supervisionPhone: string;
  /** The 6-digit query code for the public progress lookup, printed when given. */
  readonly queryCode?: string;
  /** 容缺受理: materials the applicant may supply later, and by when. */
  readonly deferredMaterials?: { readonly names: readonly string[]; readonly dueDate: LegalDate };
}

/** One problem named in a correction notice. */
export interface CorrectionProblem {
  readonly material: string;
  readonly problem: string;
}

/** 补正材料一次性告知书 (行政许可法 第三十二条第一款第四项). */
export interface CorrectionNoticeInput extends CaseDocumentBase {
  readonly kind: 'correction_notice';
  readonly problems: readonly CorrectionProblem[];
  /** The supplement period in workdays, and the date it ends. */
  readonly supplementDays: number;
  readonly dueDate: LegalDate;
}

/** 不予受理通知书 (行政许可法 第三十二条、第三十八条). */
export interface RefusalNoticeInput extends CaseDocumentBase {
  readonly kind: 'refusal_notice';
  readonly reason: string;
  readonly remedies: Remedies;
}

/** 特别程序告知书 (行政许可法 第四十五条). */
export interface SuspensionNoticeInput extends CaseDocumentBase {
  readonly kind: 'suspension_notice';
  /** One of the procedures of 行政许可法 第四十五条 whose time does not count (core `SUSPENSION_KINDS`). */
  readonly suspensionKind: SuspensionKind;
  readonly reason: string;
  readonly startDate: LegalDate;
  /** Expected length in workdays; omitted when it cannot be foreseen (told later). */
  readonly expectedDays?: number;
}

/** 延期通知书 (行政许可法 第四十二条). */
export interface ExtensionNoticeInput extends CaseDocumentBase {
  readonly kind: 'extension_notice';
  readonly extensionDays: number;
  readonly reason: string;
  readonly originalDueDate: LegalDate;
  readonly newDueDate: LegalDate;
  /** Who approved, e.g. { title: '本机关负责人', name: '王五' }. */
  readonly approvedBy: { readonly title: string; readonly name: string };
}

/** 准予行政许可决定书 / 不予行政许可决定书 (行政许可法 第三十八条). */
export type DecisionInput = CaseDocumentBase & {
  readonly kind: 'decision';
  readonly acceptedOn: LegalDate;
  /** The public rating page (好差评), printed as a second QR code when given. */
  readonly ratingUrl?: string;
} & (
  | { readonly outcome: 'granted'; readonly content: string; readonly licenseName?: string; readonly licenseNo?: string }
  | { readonly outcome: 'denied'; readonly reasons: readonly string[]; readonly remedies: Remedies }
);

/** 电子证照 (行政许可法 第三十九条; 国务院令第716号 第十条). */
export interface LicenseInput extends DocumentBase {
  readonly kind: 'license';
  /** The license type, printed as the title, e.g. 食品经营许可证. */
  readonly licenseType: string;
  readonly licenseNo: string;
  readonly holder: { readonly name: string; readonly idLabel: string; readonly idNumber: string };
  readonly scope: string;
  readonly validFrom: LegalDate;
  /** Omitted for a license without end (长期). */
  readonly validUntil?: LegalDate;
  /** The data fields of the license type, e.g. 住所, 法定代表人. */
  readonly fields?: readonly { readonly label: string; readonly value: string }[];
}

/** One department's line in a monthly notice, every figure already printed (`75.0%`, `—`). */
export interface NoticeDepartmentLine {
  readonly department: string;
  readonly received: string;
  readonly concluded: string;
  readonly onTimeRate: string;
  readonly overdue: string;
  readonly averageWorkdays: string;
  readonly urgeRate: string;
  readonly satisfaction: string;
}

/** One department's overdue records of the month and where their written explanations stand. */
export interface NoticeOverdueLine {
  readonly department: string;
  readonly records: number;
  readonly cases: number;
  readonly explained: number;
  readonly awaiting: number;
  readonly late: number;
}

/** One overdue record: the case, who answers for it, which clock, and the explanation (超时原因说明). */
export interface NoticeOverdueRecord {
  readonly caseNo: string;
  readonly itemName: string;
  readonly department: string;
  readonly handler: string;
  /** The clock that ran out, e.g. 承诺时限, 环节时限. */
  readonly clock: string;
  readonly overdueOn: LegalDate;
  /** The explanation, or null when none was written. */
  readonly explanation: string | null;
  /** Whether the explanation deadline has passed without one. */
  readonly late: boolean;
}

/** A department on the red-blue board (红蓝榜). */
export interface NoticeBoardLine {
  readonly rank: number;
  readonly department: string;
  readonly satisfaction: string;
  readonly ratings: number;
}

/** 政务服务电子监察月度通报 (DOMAIN.md §7 "monthly notice", §8 red-blue board, §9 figures). */
export interface MonthlyNoticeInput extends DocumentBase {
  readonly kind: 'monthly_notice';
  readonly documentNo: DocumentNo;
  readonly regionName: string;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** The region's figures of the month, printed. */
  readonly totals: Readonly<Record<'received' | 'accepted' | 'concluded' | 'onTimeRate' | 'overdue' | 'delayRate' | 'averageWorkdays'
    | 'instantShare' | 'onlineShare' | 'zeroVisitShare' | 'urged' | 'urgeRate' | 'ratings' | 'satisfaction' | 'badRatings' | 'rectified'
    | 'rectificationRate', string>>;
  readonly departments: readonly NoticeDepartmentLine[];
  readonly overdue: {
    readonly records: number;
    readonly cases: number;
    /** Records of the statutory limit (法定时限), reported apart (DOMAIN.md §5). */
    readonly statutory: number;
    readonly explained: number;
    readonly awaiting: number;
    readonly late: number;
    readonly byDepartment: readonly NoticeOverdueLine[];
    readonly details: readonly NoticeOverdueRecord[];
  };
  readonly board: { readonly minRatings: number; readonly red: readonly NoticeBoardLine[]; readonly blue: readonly NoticeBoardLine[] };
}

/** Every document the platform issues, told apart by `kind`. */
export type DocumentInput =
  | AcceptanceNoticeInput
  | CorrectionNoticeInput
  | RefusalNoticeInput
  | SuspensionNoticeInput
  | ExtensionNoticeInput
  | DecisionInput
  | LicenseInput
  | MonthlyNoticeInput;

/** The kinds of document, for exhaustive handling. */
export type DocumentKind = DocumentInput['kind'];
