import { catchAllTemplate } from '../../core/catalog/index.js';
import { CITY_HALL, identity, law, need, phoneField, type DemoItem } from './demo-items-kit.js';

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

/**
 * Demo public services for people (公共服务, type 20): instant at the window or with zero visits,
 * and the market bureau's catch-all item (兜底事项).
 */
export const PEOPLE_ITEMS: readonly DemoItem[] = [
  {
    department: 'hrss',
    build: (id) => ({
      code: '360100-RS-2001', name: '社会保障卡申领', type: '20', departmentId: id('hrss'),
      keywords: ['社保卡', '即时制卡', '电子社保卡'], applicantTypes: ['person'],
      conditions: ['已参加本市社会保险或者在本市居住的人员', '首次申领，或原卡损坏、遗失后补领'],
      legalBasis: [law(SOCIAL_INSURANCE_LAW, '第五十八条', '国家建立全国统一的个人社会保障号码；个人社会保障号码为公民身份号码。')],
      materials: [identity('M01'), need('M02', '近期免冠证件照片', { form: 'electronic', note: '窗口可现场免费拍照' })],
      form: [{ key: 'idNumber', label: '身份证号码', type: 'id_number', required: true }, { key: 'mailingAddress', label: '邮寄地址', type: 'address' }, phoneField],
      // 即时制卡: made and handed over at the window the same day.
      steps: [],
      fees: [], feeNote: '首次申领免费；补换卡工本费由合作银行承担',
      statutoryDays: 0, promisedDays: 0, visits: 1, onlineDepth: 3,
      contactPhone: '0791-12333', ...CITY_HALL,
    }),
  },
  {
    department: 'hrss',
    build: (id) => ({
      code: '360100-RS-2002', name: '城乡居民养老保险待遇领取资格认证', type: '20', departmentId: id('hrss'),
      keywords: ['养老金', '资格认证', '刷脸认证', '零跑动'], applicantTypes: ['person'],
      conditions: ['正在领取城乡居民基本养老保险待遇的人员'],
      legalBasis: [law(SOCIAL_INSURANCE_LAW, '第七十三条', '社会保险经办机构应当按时足额支付社会保险待遇。')],
      materials: [identity('M01')],
      form: [{ key: 'idNumber', label: '身份证号码', type: 'id_number', required: true }],
      steps: [],
      fees: [],
      statutoryDays: 0, promisedDays: 0, visits: 0, onlineDepth: 4,
      contactPhone: '0791-12333', ...CITY_HALL,
    }),
  },
  {
    department: 'hrss',
    build: (id) => ({
      code: '360100-RS-2003', name: '就业创业证申领', type: '20', departmentId: id('hrss'),
      keywords: ['就业失业登记', '创业', '就业创业证'], applicantTypes: ['person'],
      conditions: ['法定劳动年龄内、有劳动能力和就业要求的城乡劳动者'],
      legalBasis: [law('《中华人民共和国就业促进法》', '第三十五条', '县级以上人民政府建立健全公共就业服务体系，为劳动者免费提供就业服务。')],
      materials: [identity('M01')],
      form: [{ key: 'idNumber', label: '身份证号码', type: 'id_number', required: true }, { key: 'status', label: '就业状态', type: 'select', required: true, options: ['就业', '失业', '创业'] }, phoneField],
      steps: [],
      fees: [],
      statutoryDays: 0, promisedDays: 0, visits: 0, onlineDepth: 4,
      contactPhone: '0791-12333', ...CITY_HALL,
    }),
  },
  {
    department: 'market',
    catchAll: true,
    build: (id) => {
      const template = catchAllTemplate({ id: id('market'), name: '南昌市市场监督管理局' }, '360100-SC-9999');
      // The bureau's handlers sit in its registration division; the decision stays with the bureau.
      const steps = template.steps.map((s) => (s.role === 'handler' ? { ...s, departmentId: id('market-registration') } : s));
      return { ...template, steps, contactPhone: '0791-83880100', ...CITY_HALL };
    },
  },
];
