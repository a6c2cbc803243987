import type { FormFieldInput, ItemInput, MaterialSpecInput } from './item-schema.js';
import { APPLICANT_TYPES, type ApplicantType, type ItemStatus, type MaterialForm, type OnlineDepth, type VisitCount } from './vocabulary.js';

/** 补正期限: default days an applicant has to supplement after a correction notice (DOMAIN.md §4). */
export const DEFAULT_CORRECTION_DAYS = 20;

/** 申请材料 as the item lists it, with its defaults filled in. */
export interface MaterialSpec extends MaterialSpecInput {
  readonly form: MaterialForm;
  readonly copies: number;
}

/** A field of the applicant form. */
export interface FormField extends FormFieldInput {
  readonly required: boolean;
}

/**
 * What one version of a ServiceItem says, complete: every default is explicit, so two versions
 * compare field by field and an export reads back to the same content.
 */
export interface ItemContent extends ItemInput {
  readonly keywords: string[];
  readonly applicantTypes: ApplicantType[];
  readonly conditions: string[];
  readonly legalBasis: NonNullable<ItemInput['legalBasis']>;
  readonly materials: MaterialSpec[];
  readonly form: FormField[];
  readonly fees: NonNullable<ItemInput['fees']>;
  readonly visits: VisitCount;
  readonly onlineDepth: OnlineDepth;
  readonly commitmentAllowed: boolean;
  readonly correctionDays: number;
}

/** 政务服务事项, one version of it: content plus where it stands. Cases keep `id` (itemVersionId). */
export interface ItemVersion {
  readonly id: string;
  readonly code: string;
  readonly version: number;
  readonly status: ItemStatus;
  readonly regionCode: string;
  readonly catchAll: boolean;
  readonly content: ItemContent;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly publishedAt: string | null;
  readonly retiredAt: string | null;
  /** The version that replaced this one when it was retired by a newer publication. */
  readonly supersededBy: string | null;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Fills every default, so the stored content is complete and canonical. */
export function normalizeItem(input: ItemInput): ItemContent {
  return withoutUndefined({
    ...input,
    keywords: input.keywords ?? [],
    applicantTypes: input.applicantTypes ?? [...APPLICANT_TYPES],
    conditions: input.conditions ?? [],
    legalBasis: (input.legalBasis ?? []).map(withoutUndefined),
    materials: input.materials.map((m) => withoutUndefined({ ...m, form: m.form ?? 'paper', copies: m.copies ?? 1 })),
    form: (input.form ?? []).map((f) => withoutUndefined({ ...f, required: f.required ?? false })),
    steps: input.steps.map(withoutUndefined),
    fees: (input.fees ?? []).map(withoutUndefined),
    visits: input.visits ?? 1,
    onlineDepth: input.onlineDepth ?? 0,
    commitmentAllowed: input.commitmentAllowed ?? false,
    correctionDays: input.correctionDays ?? DEFAULT_CORRECTION_DAYS,
  });
}
