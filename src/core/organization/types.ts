import type { RegionLevel } from './region.js';
import type { StaffRole } from '../accounts/roles.js';

/** 行政区划. */
export interface Region {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
}

export const DEPARTMENT_KINDS = ['bureau', 'division', 'hall', 'window'] as const;
/** 部门 (局/委/办) · 处室 · 大厅 · 窗口. */
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A node of the department tree under a region. */
export interface Department {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly parentId: string | null;
  readonly kind: DepartmentKind;
  readonly path: string;
  /** 部门负责人: receives supervision's red notices and escalations (docs/supervision.md); unset: the approvers. */
  readonly headUserId?: string | null;
}

/** A period of absence, both dates inclusive (AB岗: the backup takes over meanwhile). */
export interface Absence {
  readonly from: string;
  readonly to: string;
}

/** A staff member or an applicant's login. */
export interface User {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly kind: 'staff' | 'applicant';
  readonly departmentId: string | null;
  readonly roles: readonly StaffRole[];
  readonly active: boolean;
  readonly backupUserId: string | null;
  readonly absence: Absence | null;
}
