/**
 * The code lists of the catalog, each written once (STYLE B2.4): schemas, types and labels derive from
 * these arrays. Type codes follow the national item exchange (政务服务事项基本目录 task_type); 行政备案
 * has no national 2-digit code there, so we give it 11 (docs/decisions/0004-item-type-codes.md).
 */

/** 事项类型: national 2-digit codes, plus 11 行政备案 (our choice). */
export const ITEM_TYPES = [
  { code: '01', zh: '行政许可', en: 'Administrative licensing' },
  { code: '02', zh: '行政处罚', en: 'Administrative penalty' },
  { code: '03', zh: '行政强制', en: 'Administrative enforcement' },
  { code: '04', zh: '行政征收', en: 'Administrative levy' },
  { code: '05', zh: '行政给付', en: 'Administrative payment' },
  { code: '06', zh: '行政检查', en: 'Administrative inspection' },
  { code: '07', zh: '行政确认', en: 'Administrative confirmation' },
  { code: '08', zh: '行政奖励', en: 'Administrative reward' },
  { code: '09', zh: '行政裁决', en: 'Administrative adjudication' },
  { code: '10', zh: '其他行政权力', en: 'Other administrative power' },
  { code: '11', zh: '行政备案', en: 'Administrative filing' },
  { code: '20', zh: '公共服务', en: 'Public service' },
] as const;
export const ITEM_TYPE_CODES = ITEM_TYPES.map((t) => t.code);
export type ItemType = (typeof ITEM_TYPES)[number]['code'];

/** A version's life: draft → published → retired (DOMAIN.md §3). */
export const ITEM_STATUSES = ['draft', 'published', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/**
 * 网上办理深度, as a level: each level includes the ones below. The national list (互联网咨询, 收件,
 * 预审, 受理, 办理, 结果反馈) is mapped in gbt-39046.ts.
 */
export const ONLINE_DEPTHS = [
  { level: 0, zh: '不能网办（仅现场办理）', en: 'Offline only' },
  { level: 1, zh: '网上咨询', en: 'Online enquiry' },
  { level: 2, zh: '网上收件、预审', en: 'Online submission and pre-check' },
  { level: 3, zh: '网上受理', en: 'Online acceptance' },
  { level: 4, zh: '全程网办', en: 'Fully online' },
] as const;
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number]['level'];
/** The level from which an item counts as 可网办 in the public filter. */
export const ONLINE_FROM_DEPTH: OnlineDepth = 3;

/** 到办事现场次数 (limit_scene_num): 0 (零跑动), 1 (最多跑一次), 2. */
export const VISIT_COUNTS = [0, 1, 2] as const;
export type VisitCount = (typeof VISIT_COUNTS)[number];

/** 材料形式. */
export const MATERIAL_FORMS = ['paper', 'electronic', 'both'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

/** Workflow step kinds (API.md Step) and joins of a parallel step (会签 all / 或签 any). */
export const STEP_KINDS = ['review', 'decide', 'parallel'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export const JOINS = ['all', 'any'] as const;
export type Join = (typeof JOINS)[number];

/** Roles that work on a case's steps; admins, supervisors and analysts do not handle cases. */
export const STEP_ROLES = [
  { role: 'clerk', zh: '综合受理窗口人员', en: 'clerk' },
  { role: 'handler', zh: '承办人', en: 'handler' },
  { role: 'approver', zh: '审批人', en: 'approver' },
] as const;
export type StepRole = (typeof STEP_ROLES)[number]['role'];

/** Applicant form field types; each has a validation rule in form-values.ts. */
export const FORM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'id_number', 'credit_code', 'phone', 'address'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** 服务对象: who may apply. */
export const APPLICANT_TYPES = ['person', 'organization'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** The Chinese and English label of an item type code. */
export function itemTypeLabel(code: string): { zh: string; en: string } {
  const found = ITEM_TYPES.find((t) => t.code === code);
  return found ? { zh: found.zh, en: found.en } : { zh: code, en: code };
}
