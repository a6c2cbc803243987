import type { ItemInput, LegalBasis, MaterialSpecInput, Step, StepRole } from '../../core/catalog/index.js';

/**
 * Small builders that keep the demo catalog readable as data. The demo items name departments by
 * the demo seed's keys (services/seed/demo-data.ts); `Ids` turns a key into the seeded id.
 */

export type Ids = (departmentKey: string) => string;

/** One demo item: its department key, and its content once department ids are known. */
export interface DemoItem {
  readonly department: string;
  readonly catchAll?: boolean;
  readonly build: (id: Ids) => ItemInput;
}

/** A required material; options override form, copies, deferrable and the rest. */
export const need = (code: string, name: string, options: Partial<MaterialSpecInput> = {}): MaterialSpecInput =>
  ({ code, name, required: true, deferrable: false, form: 'paper', copies: 1, ...options });

/** An optional material (needed only in some situations, said in its note). */
export const optional = (code: string, name: string, note: string): MaterialSpecInput =>
  ({ code, name, required: false, deferrable: false, form: 'paper', copies: 1, note });

/** Identity of the applicant: an ID card a person may replace by the electronic one (电子证照). */
export const identity = (code: string): MaterialSpecInput =>
  need(code, '申请人身份证明', { form: 'both', licenseType: '居民身份证', note: '自然人提供居民身份证；法人提供营业执照及法定代表人身份证明' });

/** A single step of one department and role. */
export const step = (key: string, name: string, kind: 'review' | 'decide', departmentId: string, role: StepRole, workdays: number): Step =>
  ({ key, name, kind, departmentId, role, workdays });

/** A parallel step (并联审批) led by the first branch's department, joined by 会签 (all) unless told. */
export const parallel = (key: string, name: string, workdays: number, branches: { departmentId: string; role: StepRole }[], join: 'all' | 'any' = 'all'): Step =>
  ({ key, name, kind: 'parallel', departmentId: branches[0]?.departmentId ?? '', workdays, join, branches });

/** A legal basis: the law, the article, what it says (in our own words). */
export const law = (title: string, article: string, text: string): LegalBasis => ({ law: title, article, text });

/** What every demo item in the city hall shares: phones, the hall, its hours. */
export const CITY_HALL = {
  complaintPhone: '12345',
  hallAddress: '南昌市民中心政务服务大厅（红谷滩区丰和中大道 1009 号）一楼综合受理区',
  hallHours: '周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）',
} as const;

/** A form field asking for the applicant's mobile phone. */
export const phoneField = { key: 'phone', label: '联系电话', type: 'phone', required: true } as const;
