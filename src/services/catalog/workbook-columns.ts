/**
 * The Excel layout of a catalog: one sheet per list, one row per entry, rows of the detail sheets
 * tied to their item by `itemCode`. Writing and reading both follow this one table, so they cannot
 * drift apart. A header reads `事项编码 (code)`: people read the Chinese, the reader the key.
 */

/** How a cell holds its value. `lines`: a list, one entry per line of the cell. */
export type CellKind = 'text' | 'int' | 'number' | 'bool' | 'lines';

export interface Column {
  readonly key: string;
  readonly label: string;
  readonly kind: CellKind;
}

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly Column[];
}

const col = (key: string, label: string, kind: CellKind = 'text'): Column => ({ key, label, kind });
const itemCode = col('itemCode', '事项编码');

export const SHEETS = {
  departments: { name: '部门', columns: [col('id', '部门标识'), col('name', '部门名称'), col('regionCode', '行政区划代码')] },
  items: {
    name: '事项',
    columns: [
      col('code', '事项编码'), col('name', '事项名称'), col('type', '事项类型'), col('departmentId', '实施部门'),
      col('status', '状态'), col('version', '版本', 'int'), col('catchAll', '兜底事项', 'bool'), col('catalogCode', '基本编码'),
      col('keywords', '关键词', 'lines'), col('applicantTypes', '服务对象', 'lines'), col('conditions', '受理条件', 'lines'),
      col('statutoryDays', '法定时限（工作日）', 'int'), col('promisedDays', '承诺时限（工作日）', 'int'),
      col('visits', '到现场次数', 'int'), col('onlineDepth', '网办深度', 'int'), col('commitmentAllowed', '可告知承诺', 'bool'),
      col('yellowThreshold', '黄灯阈值', 'int'), col('correctionDays', '补正期限', 'int'), col('contactPhone', '咨询电话'),
      col('complaintPhone', '投诉电话'), col('hallAddress', '办理地点'), col('hallHours', '办理时间'), col('onlineUrl', '网办地址'),
      col('feeNote', '收费说明'), col('licenseName', '证照名称'), col('licenseValidYears', '证照有效期（年）', 'int'),
    ],
  },
  materials: {
    name: '申请材料',
    columns: [
      itemCode, col('code', '材料编码'), col('name', '材料名称'), col('required', '必要', 'bool'), col('deferrable', '可容缺', 'bool'),
      col('form', '材料形式'), col('copies', '份数', 'int'), col('licenseType', '可替代电子证照'), col('blankFormUrl', '空白表格'),
      col('sampleUrl', '示例样表'), col('note', '填报须知'),
    ],
  },
  form: {
    name: '申请表单',
    columns: [
      itemCode, col('key', '字段标识'), col('label', '字段名称'), col('type', '类型'), col('required', '必填', 'bool'),
      col('options', '选项', 'lines'), col('min', '最小值', 'number'), col('max', '最大值', 'number'), col('minLength', '最短', 'int'),
      col('maxLength', '最长', 'int'), col('pattern', '格式（正则）'), col('help', '填写说明'),
    ],
  },
  steps: {
    name: '办理环节',
    columns: [
      itemCode, col('key', '环节标识'), col('name', '环节名称'), col('kind', '环节类型'), col('departmentId', '部门（并联为牵头部门）'),
      col('role', '岗位'), col('workdays', '时限（工作日）', 'int'), col('join', '会签/或签'), col('absentMeansConsent', '缺席默认', 'bool'),
    ],
  },
  branches: { name: '并联分支', columns: [itemCode, col('stepKey', '环节标识'), col('departmentId', '部门'), col('role', '岗位')] },
  fees: {
    name: '收费',
    columns: [itemCode, col('name', '收费项目'), col('standard', '收费标准'), col('basis', '收费依据'), col('amountYuan', '金额（元）', 'number')],
  },
  legalBasis: {
    name: '设定依据',
    columns: [itemCode, col('law', '法律法规'), col('article', '条'), col('clause', '款项'), col('text', '条文')],
  },
} as const satisfies Record<string, SheetSpec>;

export type SheetKey = keyof typeof SHEETS;

/** The header of a column. */
export const headerOf = (column: Column) => `${column.label} (${column.key})`;

/** The column key a header names, or null for a column we do not know. */
export function keyOfHeader(header: string): string | null {
  return /\(([A-Za-z]+)\)\s*$/.exec(header)?.[1] ?? null;
}

const YES = new Set(['是', 'true', 'TRUE', '1', 'Y', 'y']);
const NO = new Set(['否', 'false', 'FALSE', '0', 'N', 'n']);

/** A cell's value as the column's kind; what does not fit is kept as it is, for validation to name. */
export function fromCell(kind: CellKind, value: string | number | boolean): unknown {
  const text = String(value).trim();
  switch (kind) {
    case 'int':
    case 'number': return typeof value === 'number' || !/^-?\d+(\.\d+)?$/.test(text) ? value : Number(text);
    case 'bool': return typeof value === 'boolean' ? value : YES.has(text) ? true : NO.has(text) ? false : value;
    case 'lines': return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
    case 'text': return String(value);
  }
}

/** A value as the cell of a column's kind. */
export function toCell(kind: CellKind, value: unknown): string | number {
  if (kind === 'bool') return value ? '是' : '否';
  if (kind === 'lines') return (value as readonly string[]).join('\n');
  return typeof value === 'number' ? value : String(value);
}
