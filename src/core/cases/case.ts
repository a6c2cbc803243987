import type { CaseResult, CaseStatus } from './status.js';

/** A material as handed in: the item's material code and the uploaded file, if any. */
export interface CaseMaterial {
  readonly code: string;
  readonly fileId: string | null;
}

/** 办件: one application for one version of a service item. */
export interface Case {
  readonly id: string;
  readonly caseNo: string;
  readonly queryCode: string;
  readonly itemCode: string;
  readonly itemVersionId: string;
  readonly itemName: string;
  readonly departmentId: string;
  readonly regionCode: string;
  readonly applicantId: string;
  readonly channel: 'online' | 'window';
  readonly submittedBy: string;
  readonly status: CaseStatus;
  readonly result: CaseResult | null;
  readonly form: Readonly<Record<string, unknown>>;
  readonly materials: readonly CaseMaterial[];
  /** Submission round: 1, then one more per resubmission after a correction notice. */
  readonly round: number;
  readonly noticeIssuedInRound: boolean;
  readonly changedInRound: readonly string[];
  readonly receivedAt: string;
  readonly roundReceivedOn: string;
  readonly acceptanceDueAt: string | null;
  readonly supplementDueAt: string | null;
  /** When the applicant was reminded that the supplement period is running out. */
  readonly supplementRemindedAt: string | null;
  readonly acceptedAt: string | null;
  readonly acceptedOn: string | null;
  readonly deemedAccepted: boolean;
  readonly promisedDays: number;
  readonly statutoryDays: number;
  readonly extensionDays: number;
  readonly suspendedWorkdays: number;
  readonly yellowThreshold: number | null;
  readonly dueAt: string | null;
  readonly statutoryDueAt: string | null;
  readonly yellowAt: string | null;
  readonly redAt: string | null;
  readonly deferredMaterials: readonly string[];
  readonly supplyDueAt: string | null;
  readonly refusalReason: string | null;
  readonly concludedAt: string | null;
  readonly closedAt: string | null;
  /** 告知承诺: the applicant's signed commitment stands in for the listed materials. */
  readonly commitment: boolean;
}
