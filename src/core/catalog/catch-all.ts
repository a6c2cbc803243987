import type { ItemInput } from './item-schema.js';

/**
 * The catch-all item (兜底事项) a department opens for requests that fit none of its listed items
 * (DOMAIN.md §3; seed 000 asks for one). Its first draft: the admin adjusts and publishes it.
 */
export function catchAllTemplate(department: { id: string; name: string }, code?: string): ItemInput {
  return {
    code: code ?? `DD-${department.id}`.replace(/[^0-9A-Za-z_-]/g, '-').slice(0, 64),
    name: `${department.name}其他依申请事项（兜底）`.slice(0, 100),
    type: '10',
    departmentId: department.id,
    keywords: ['兜底', '其他事项', '清单外'],
    conditions: [
      '申请事项属于本部门职责范围，但不在本部门已公布的政务服务事项清单之内',
      '申请人能够说明具体诉求，并提供与诉求相关的证明材料',
    ],
    legalBasis: [{
      law: '《中华人民共和国行政许可法》', article: '第三十二条',
      text: '行政机关对申请人提出的申请，应当根据情况分别作出受理、不予受理或者告知补正的处理；不属于本机关职权范围的，应当即时告知申请人向有关行政机关申请。',
    }],
    materials: [
      { code: 'M01', name: '申请书（写明诉求、事实和理由）', required: true, deferrable: false, form: 'both', copies: 1 },
      { code: 'M02', name: '申请人身份证明', required: true, deferrable: false, form: 'both', copies: 1, licenseType: '居民身份证/营业执照' },
      { code: 'M03', name: '与诉求相关的其他材料', required: false, deferrable: true, form: 'both', copies: 1 },
    ],
    form: [
      { key: 'request', label: '诉求内容', type: 'text', required: true, maxLength: 2000 },
      { key: 'phone', label: '联系电话', type: 'phone', required: true },
    ],
    // 行政许可法 第四十二条: 20 workdays by law; we promise 15 (review 10, decision 5).
    steps: [
      { key: 'review', name: '承办审查', kind: 'review', departmentId: department.id, role: 'handler', workdays: 10 },
      { key: 'decide', name: '审批决定', kind: 'decide', departmentId: department.id, role: 'approver', workdays: 5 },
    ],
    statutoryDays: 20,
    promisedDays: 15,
    visits: 1,
    onlineDepth: 2,
  };
}
