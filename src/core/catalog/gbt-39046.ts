import { handlingOf } from './time-limits.js';
import type { ItemContent } from './types.js';
import type { ItemStatus } from './vocabulary.js';

/**
 * Our item in the vocabulary of GB/T 39046-2020 and the national item exchange (政务服务事项基本目录及
 * 实施清单 interface tables). One table serves the export and docs/catalog.md; fields we do not keep
 * (dept_type, power_source, use_level…) are left for the receiving platform to fill.
 */

/** What a national record is built from: the version and the names the item only refers to. */
export interface NationalContext {
  readonly item: ItemContent;
  readonly version: number;
  readonly status: ItemStatus;
  readonly departmentName: string;
}

type Value = string | number;

/** One national field: its name, its Chinese label, our source, and the conversion. */
export interface NationalField {
  readonly field: string;
  readonly label: string;
  readonly source: string;
  readonly value: (c: NationalContext) => Value;
}

const flag = (yes: boolean) => (yes ? '1' : '0');
// 网上办理深度 code list: 1 互联网咨询, 2 收件, 3 预审, 4 受理, 5 办理, 6 办理结果信息反馈.
const DEPTH_CODES = ['', '1', '1,2,3', '1,2,3,4', '1,2,3,4,5,6'] as const;
const lines = (values: readonly string[]) => values.join('\n');

export const GBT_39046_FIELDS: readonly NationalField[] = [
  { field: 'task_code', label: '实施编码', source: 'code', value: (c) => c.item.code },
  { field: 'catalog_code', label: '基本编码', source: 'catalogCode', value: (c) => c.item.catalogCode ?? '' },
  { field: 'task_name', label: '事项名称', source: 'name', value: (c) => c.item.name },
  { field: 'task_type', label: '事项类型', source: 'type', value: (c) => c.item.type },
  { field: 'dept_code', label: '实施主体编码', source: 'departmentId', value: (c) => c.item.departmentId },
  { field: 'dept_name', label: '实施主体', source: 'department name', value: (c) => c.departmentName },
  { field: 'by_law', label: '设定依据', source: 'legalBasis', value: (c) => lines(c.item.legalBasis.map((b) => [b.law, b.article, b.clause].filter(Boolean).join(''))) },
  { field: 'accept_condition', label: '受理条件', source: 'conditions', value: (c) => lines(c.item.conditions) },
  { field: 'anticipate_day', label: '法定办结时限', source: 'statutoryDays', value: (c) => c.item.statutoryDays },
  { field: 'anticipate_type', label: '法定办结时限单位', source: '(always workdays)', value: () => '1' },
  { field: 'promise_day', label: '承诺办结时限', source: 'promisedDays', value: (c) => c.item.promisedDays },
  { field: 'promise_type', label: '承诺办结时限单位', source: '(always workdays)', value: () => '1' },
  { field: 'project_type', label: '办件类型', source: 'promisedDays = 0 → 1 即办件, else 2 承诺件', value: (c) => (handlingOf(c.item.promisedDays) === 'instant' ? '1' : '2') },
  { field: 'limit_scene_num', label: '到办事现场次数', source: 'visits', value: (c) => c.item.visits },
  { field: 'online_handle_depth', label: '网上办理深度', source: 'onlineDepth', value: (c) => DEPTH_CODES[c.item.onlineDepth] ?? '' },
  { field: 'is_online', label: '是否网办', source: 'onlineDepth ≥ 3', value: (c) => flag(c.item.onlineDepth >= 3) },
  { field: 'online_handle_url', label: '网办地址', source: 'onlineUrl', value: (c) => c.item.onlineUrl ?? '' },
  { field: 'is_fee', label: '是否收费', source: 'fees not empty', value: (c) => flag(c.item.fees.length > 0) },
  { field: 'fee_basis', label: '收费依据', source: 'fees[].basis, feeNote', value: (c) => lines([...c.item.fees.flatMap((f) => (f.basis ? [f.basis] : [])), ...(c.item.feeNote ? [c.item.feeNote] : [])]) },
  { field: 'link_way', label: '咨询方式', source: 'contactPhone', value: (c) => c.item.contactPhone ?? '' },
  { field: 'supervise_way', label: '监督投诉方式', source: 'complaintPhone', value: (c) => c.item.complaintPhone ?? '' },
  { field: 'transact_addr', label: '办理地点', source: 'hallAddress', value: (c) => c.item.hallAddress ?? '' },
  { field: 'transact_time', label: '办理时间', source: 'hallHours', value: (c) => c.item.hallHours ?? '' },
  { field: 'handle_flow', label: '办理流程', source: 'steps', value: (c) => c.item.steps.map((s) => `${s.name}（${s.workdays}个工作日）`).join('→') },
  { field: 'server_type', label: '服务对象', source: 'applicantTypes (1 自然人, 2 法人)', value: (c) => c.item.applicantTypes.map((t) => (t === 'person' ? '1' : '2')).join(',') },
  { field: 'task_version', label: '事项版本', source: 'version', value: (c) => c.version },
  { field: 'task_state', label: '事项状态', source: 'status (1 在用, 2 暂停/草稿, 3 取消)', value: (c) => ({ published: '1', draft: '2', retired: '3' })[c.status] },
];

const MATERIAL_FORM_CODES = { paper: '1', electronic: '2', both: '3' } as const;

/** A national material record (up_task_general_material) of a MaterialSpec. */
function nationalMaterial(m: ItemContent['materials'][number], order: number): Record<string, Value> {
  return {
    order_num: order, material_name: m.name, is_need: flag(m.required), material_format: MATERIAL_FORM_CODES[m.form],
    page_num: m.copies, form_guid: m.blankFormUrl ?? '', example_guid: m.sampleUrl ?? '', fill_explain: m.note ?? '',
  };
}

/** A national record of one item version, with its materials and fee items. */
export interface NationalRecord {
  readonly [field: string]: Value | readonly Record<string, Value>[];
}

/** The national record of one item version. */
export function toNationalRecord(context: NationalContext): NationalRecord {
  return {
    ...Object.fromEntries(GBT_39046_FIELDS.map((f) => [f.field, f.value(context)])),
    materials: context.item.materials.map((m, i) => nationalMaterial(m, i + 1)),
    fees: context.item.fees.map((f, i) => ({ order_num: i + 1, fee_name: f.name, fee_stand: f.standard, by_law: f.basis ?? '' })),
  };
}
