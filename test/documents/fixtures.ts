/**
 * One realistic input per document kind, shared by the tests and the screenshot script.
 */
import type {
  AcceptanceNoticeInput,
  CorrectionNoticeInput,
  DocumentInput,
  DocumentKind,
  LicenseInput,
} from '../../src/documents/index.js';

const agency = { name: '北京市朝阳区市场监督管理局' };
const base = {
  agency,
  applicant: { name: '北京朝阳示例餐饮管理有限公司' },
  itemName: '食品经营许可（新办）',
  caseNo: '110105-20260302-0001',
  // 01:30Z is 09:30 in Asia/Shanghai.
  submittedAt: '2026-03-02T01:30:00Z',
  issuedOn: '2026-03-03',
} as const;
const remedies = { reviewBody: '北京市朝阳区人民政府', court: '北京市朝阳区人民法院' };
const url = (n: number): string => `https://tongban.example.gov.cn/v/110105-20260302-0001?d=${n}`;
const no = (prefix: string, serial: number) => ({ prefix, year: 2026, serial });

export const acceptance: AcceptanceNoticeInput = {
  ...base,
  kind: 'acceptance_notice',
  documentNo: no('朝市监受', 123),
  verifyUrl: url(1),
  acceptedAt: '2026-03-03T02:15:00Z',
  promisedDays: 5,
  dueDate: '2026-03-10',
  complaintPhone: '010-85991234',
  supervisionPhone: '12345',
  queryCode: '482913',
  deferredMaterials: { names: ['从业人员健康证明'], dueDate: '2026-03-09' },
};

/** A correction notice with `count` problems; the long texts make wrapping inside cells visible. */
export function correction(count: number): CorrectionNoticeInput {
  const kinds = [
    ['营业执照', '复印件不清晰，统一社会信用代码无法辨认，请提供加盖公章的清晰复印件。'],
    ['法定代表人身份证明', '身份证已于2025年12月31日过期，请提供有效期内的居民身份证（正反面）。'],
    ['经营场所平面布局图', '未标明食品处理区、就餐区、清洗消毒区的面积和相对位置，请按《食品经营许可审查通则》补充标注后重新提交。'],
    ['食品安全管理制度', '缺少从业人员健康管理、进货查验记录、食品安全自查等制度文本。'],
  ] as const;
  return {
    ...base,
    kind: 'correction_notice',
    documentNo: no('朝市监补', 45),
    verifyUrl: url(2),
    problems: Array.from({ length: count }, (_, i) => {
      const [material, problem] = kinds[i % kinds.length] ?? ['材料', '问题'];
      return { material: `${material}${i >= kinds.length ? `（第${i + 1}项）` : ''}`, problem };
    }),
    supplementDays: 20,
    dueDate: '2026-03-31',
  };
}

export const license: LicenseInput = {
  kind: 'license',
  agency,
  verifyUrl: 'https://tongban.example.gov.cn/l/JY11105000123456',
  issuedOn: '2026-03-09',
  licenseType: '食品经营许可证',
  licenseNo: 'JY11105000123456',
  holder: { name: '北京朝阳示例餐饮管理有限公司', idLabel: '统一社会信用代码', idNumber: '91110105MA01ABCD2X' },
  fields: [
    { label: '法定代表人', value: '李明' },
    { label: '住所', value: '北京市朝阳区建国路88号院3号楼1层101' },
    { label: '经营场所', value: '北京市朝阳区建国路88号院3号楼1层101' },
    { label: '主体业态', value: '餐饮服务经营者（中型餐馆）' },
  ],
  scope: '热食类食品制售；冷食类食品制售；自制饮品制售（不含生食类食品）',
  validFrom: '2026-03-09',
  validUntil: '2031-03-08',
};

/** Every kind once (both decision outcomes), keyed by a file-friendly name. */
export const samples: Record<string, DocumentInput> = {
  'acceptance-notice': acceptance,
  'correction-notice': correction(4),
  'refusal-notice': {
    ...base, kind: 'refusal_notice', documentNo: no('朝市监不受', 7), verifyUrl: url(3), remedies,
    reason: '申请事项不属于本机关职权范围。经营场所位于北京市东城区，请向北京市东城区市场监督管理局提出申请。',
  },
  'suspension-notice': {
    ...base, kind: 'suspension_notice', documentNo: no('朝市监特', 12), verifyUrl: url(4),
    suspensionKind: 'expert_review', reason: '经营场所涉及集中用餐配送的工艺流程需要专业评估',
    startDate: '2026-03-05', expectedDays: 10,
  },
  'extension-notice': {
    ...base, kind: 'extension_notice', documentNo: no('朝市监延', 3), verifyUrl: url(5), extensionDays: 10,
    reason: '需对经营场所进行现场核查，核查涉及多个部门协调', originalDueDate: '2026-03-10', newDueDate: '2026-03-24',
    approvedBy: { title: '本机关负责人', name: '王建国' },
  },
  'decision-granted': {
    ...base, kind: 'decision', outcome: 'granted', documentNo: no('朝市监准', 88), verifyUrl: url(6),
    acceptedOn: '2026-03-03', issuedOn: '2026-03-09', licenseName: '食品经营许可证', licenseNo: 'JY11105000123456',
    content: '准予你（单位）从事食品经营活动。主体业态：餐饮服务经营者（中型餐馆）；经营项目：热食类食品制售、冷食类食品制售、自制饮品制售；经营场所：北京市朝阳区建国路88号院3号楼1层101。',
  },
  'decision-denied': {
    ...base, kind: 'decision', outcome: 'denied', documentNo: no('朝市监不准', 9), verifyUrl: url(7),
    acceptedOn: '2026-03-03', issuedOn: '2026-03-09', remedies,
    reasons: [
      '经现场核查，经营场所食品处理区面积为8平方米，不符合中型餐馆食品处理区面积不小于经营场所面积三分之一的要求。',
      '经营场所与垃圾中转站的距离不足25米，不符合食品经营场所选址要求。',
    ],
  },
  license,
};

/** The Chinese strings each sample's text must contain. */
export const expectedText: Record<string, readonly string[]> = {
  'acceptance-notice': ['受理通知书', '朝市监受〔2026〕第000123号', '北京朝阳示例餐饮管理有限公司', '第三十二条第一款第（五）项', '2026年3月3日10:15', '2026年3月10日', '010-85991234', '12345', '482913', '扫码查验', '电子印章'],
  'correction-notice': ['补正材料一次性告知书', '营业执照', '食品安全管理制度', '2026年3月31日', '扫码查验'],
  'refusal-notice': ['不予受理通知书', '不属于本机关职权范围', '六十日内', '行政复议', '六个月内', '行政诉讼'],
  'suspension-notice': ['特别程序告知书', '专家评审', '10个工作日', '第四十五条'],
  'extension-notice': ['延期通知书', '10个工作日', '王建国', '2026年3月24日', '第四十二条'],
  'decision-granted': ['准予行政许可决定书', '食品经营许可证', 'JY11105000123456', '第三十八条'],
  'decision-denied': ['不予行政许可决定书', '一、', '二、', '行政复议', '行政诉讼'],
  license: ['食品经营许可证', '电子证照', '91110105MA01ABCD2X', '2031年3月8日', '北京市朝阳区市场监督管理局'],
};

export type SampleName = keyof typeof samples;
export type { DocumentKind };
