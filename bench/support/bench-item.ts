/**
 * The item the intake and workflow benchmarks apply for: a construction-planning permit of the demo city with
 * a form of 14 fields (about 1 KB as JSON), two required materials, and the steps review → parallel (two
 * departments, 会签 join all) → decide, like the demo item 360100-ZR-0102.
 */
import type { ItemInput } from '../../src/core/catalog/index.js';
import { creditCodeCheckChar, idNumberCheckChar } from '../../src/core/identity/index.js';

export const BENCH_ITEM_CODE = '360100-BENCH-0001';

/** Ids of the demo departments the item needs. */
export interface BenchDepartments {
  readonly land: string;
  readonly landRegistration: string;
  readonly housing: string;
}

/** The demo seed's names of those departments (services/seed/demo-data.ts). */
export const BENCH_DEPARTMENT_NAMES: Readonly<Record<keyof BenchDepartments, string>> = {
  land: '南昌市自然资源和规划局', landRegistration: '不动产登记处', housing: '南昌市住房和城乡建设局',
};

export function benchItem(d: BenchDepartments): ItemInput {
  return {
    code: BENCH_ITEM_CODE, name: '建设工程规划许可证核发（基准测试）', type: '01', departmentId: d.land,
    applicantTypes: ['person', 'organization'],
    materials: [
      { code: 'M01', name: '建设工程规划许可申请表', required: true, deferrable: false, form: 'electronic' },
      { code: 'M02', name: '建设工程设计方案总平面图', required: true, deferrable: false, form: 'electronic' },
    ],
    form: [
      { key: 'projectName', label: '项目名称', type: 'text', required: true, maxLength: 100 },
      { key: 'builder', label: '建设单位', type: 'text', required: true, maxLength: 100 },
      { key: 'builderCreditCode', label: '统一社会信用代码', type: 'credit_code', required: true },
      { key: 'contactName', label: '联系人', type: 'text', required: true, maxLength: 30 },
      { key: 'contactIdNumber', label: '联系人身份证号码', type: 'id_number', required: true },
      { key: 'phone', label: '联系电话', type: 'phone', required: true },
      { key: 'site', label: '建设位置', type: 'address', required: true },
      { key: 'landCertificate', label: '不动产权证书号', type: 'text', required: true, maxLength: 60 },
      { key: 'landArea', label: '用地面积（平方米）', type: 'number', required: true, min: 1 },
      { key: 'floorArea', label: '总建筑面积（平方米）', type: 'number', required: true, min: 1 },
      { key: 'floors', label: '地上层数', type: 'number', required: true, min: 1, max: 200 },
      { key: 'use', label: '建筑用途', type: 'select', required: true, options: ['住宅', '商业', '办公', '工业', '公共服务'] },
      { key: 'plannedStart', label: '计划开工日期', type: 'date', required: true },
      { key: 'description', label: '建设内容说明', type: 'text', required: true, maxLength: 1000 },
    ],
    steps: [
      { key: 'review', name: '方案审查', kind: 'review', departmentId: d.landRegistration, role: 'handler', workdays: 4 },
      {
        key: 'joint', name: '联合审查（规划、建设）', kind: 'parallel', departmentId: d.landRegistration, workdays: 4, join: 'all',
        branches: [{ departmentId: d.landRegistration, role: 'handler' }, { departmentId: d.housing, role: 'handler' }],
      },
      { key: 'decide', name: '核发许可', kind: 'decide', departmentId: d.land, role: 'approver', workdays: 2 },
    ],
    statutoryDays: 20, promisedDays: 10, visits: 0, onlineDepth: 4,
  };
}

/** A valid GB 11643 number for the n-th applicant (born 1980-01-01 plus n days, Nanchang 360102). */
export function idNumberFor(n: number): string {
  const born = new Date(Date.UTC(1980, 0, 1) + (n % 9_000) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `360102${born}${String(n % 1_000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A valid GB 32100 code for the n-th organization. */
export function creditCodeFor(n: number): string {
  const first17 = `91360100MA${String(n % 10_000_000).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The n-th application's form: every field filled, about 1 KB as JSON. */
export function benchForm(n: number): Record<string, unknown> {
  return {
    projectName: `红谷滩新区第${n}号地块综合开发项目`,
    builder: '南昌示例置业发展有限公司',
    builderCreditCode: creditCodeFor(n),
    contactName: '张三',
    contactIdNumber: idNumberFor(n),
    phone: '13912345678',
    site: `江西省南昌市红谷滩区丰和中大道${(n % 2_000) + 1}号`,
    landCertificate: `赣（2025）南昌市不动产权第${String(n % 10_000_000).padStart(7, '0')}号`,
    landArea: 12_000 + (n % 5_000),
    floorArea: 48_000 + (n % 20_000),
    floors: 18 + (n % 15),
    use: '住宅',
    plannedStart: '2027-03-01',
    description: '本项目为住宅及配套商业用房，包括高层住宅楼六栋、地下车库一处、幼儿园一所及社区服务用房。'
      + '设计方案已按控制性详细规划和规划条件编制，绿地率、容积率、建筑密度与建筑限高均符合要求，'
      + '消防、人防专项意见已同步征求，申请人承诺所报材料真实有效，并按批准的方案组织施工。',
  };
}
