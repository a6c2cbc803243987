import type { StaffRole } from '../../core/accounts/roles.js';
import type { DepartmentKind } from '../../core/organization/types.js';

/** The demo password of every demo account (demo data only; API.md). */
export const DEMO_PASSWORD = 'demo-Passw0rd';

/** A demo city: 南昌市 with two counties (GB/T 2260 codes). */
export const DEMO_REGIONS = [
  { code: '360000', name: '江西省', parentCode: null },
  { code: '360100', name: '南昌市', parentCode: '360000' },
  { code: '360102', name: '东湖区', parentCode: '360100' },
  { code: '360121', name: '南昌县', parentCode: '360100' },
] as const;

interface DemoDepartment {
  readonly key: string;
  readonly name: string;
  readonly regionCode: string;
  readonly kind: DepartmentKind;
  readonly parent?: string;
}

/** Departments of the demo city and counties, with the service hall and its windows. */
export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { key: 'gov-data', name: '南昌市政务服务数据管理局', regionCode: '360100', kind: 'bureau' },
  { key: 'hall', name: '南昌市民中心政务服务大厅', regionCode: '360100', kind: 'hall', parent: 'gov-data' },
  { key: 'window-1', name: '综合受理 1 号窗口', regionCode: '360100', kind: 'window', parent: 'hall' },
  { key: 'window-2', name: '综合受理 2 号窗口', regionCode: '360100', kind: 'window', parent: 'hall' },
  { key: 'window-3', name: '出件 3 号窗口', regionCode: '360100', kind: 'window', parent: 'hall' },
  { key: 'market', name: '南昌市市场监督管理局', regionCode: '360100', kind: 'bureau' },
  { key: 'market-registration', name: '登记注册处', regionCode: '360100', kind: 'division', parent: 'market' },
  { key: 'land', name: '南昌市自然资源和规划局', regionCode: '360100', kind: 'bureau' },
  { key: 'land-registration', name: '不动产登记处', regionCode: '360100', kind: 'division', parent: 'land' },
  { key: 'housing', name: '南昌市住房和城乡建设局', regionCode: '360100', kind: 'bureau' },
  { key: 'environment', name: '南昌市生态环境局', regionCode: '360100', kind: 'bureau' },
  { key: 'health', name: '南昌市卫生健康委员会', regionCode: '360100', kind: 'bureau' },
  { key: 'transport', name: '南昌市交通运输局', regionCode: '360100', kind: 'bureau' },
  { key: 'hrss', name: '南昌市人力资源和社会保障局', regionCode: '360100', kind: 'bureau' },
  { key: 'donghu-approval', name: '东湖区行政审批局', regionCode: '360102', kind: 'bureau' },
  { key: 'nanchang-county-approval', name: '南昌县行政审批局', regionCode: '360121', kind: 'bureau' },
];

interface DemoStaff {
  readonly username: string;
  readonly name: string;
  readonly department: string;
  readonly roles: readonly StaffRole[];
}

/** A login for every role. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  { username: 'admin', name: '系统管理员', department: 'gov-data', roles: ['admin'] },
  { username: 'clerk', name: '李窗口', department: 'window-1', roles: ['clerk'] },
  { username: 'clerk2', name: '王受理', department: 'window-2', roles: ['clerk'] },
  { username: 'handler', name: '赵承办', department: 'market-registration', roles: ['handler'] },
  { username: 'handler2', name: '钱承办', department: 'market-registration', roles: ['handler'] },
  { username: 'approver', name: '孙审批', department: 'market', roles: ['approver'] },
  { username: 'land-handler', name: '周承办', department: 'land-registration', roles: ['handler'] },
  { username: 'land-approver', name: '吴审批', department: 'land', roles: ['approver'] },
  { username: 'supervisor', name: '郑督办', department: 'gov-data', roles: ['supervisor'] },
  { username: 'analyst', name: '冯分析', department: 'gov-data', roles: ['analyst'] },
  { username: 'county-admin', name: '陈县管理员', department: 'nanchang-county-approval', roles: ['admin'] },
];

/** Demo applicants: a person and a company, with identifiers that pass their checksums. */
export const DEMO_APPLICANTS = [
  { username: 'zhangsan', name: '张三', type: 'person', idNumber: '360102199003071236', creditCode: null, phone: '13812341234' },
  { username: 'hongdu', name: '南昌红都科技有限公司', type: 'organization', idNumber: null, creditCode: '91360100MA35F2XK16', phone: '13907910000' },
] as const;
