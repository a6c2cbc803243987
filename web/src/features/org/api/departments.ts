import { DEPARTMENT_KINDS, type DepartmentKind } from '@core/organization/types';
import { api } from '@/lib/api-client';

export { DEPARTMENT_KINDS, type DepartmentKind };

/** A department as `GET /api/v1/departments` lists it. */
export interface Department {
  id: string;
  name: string;
  regionCode: string;
  parentId: string | null;
  kind: DepartmentKind;
}

/** The body of `POST /api/v1/departments`. */
export interface CreateDepartmentInput {
  name: string;
  regionCode: string;
  parentId?: string;
  kind?: DepartmentKind;
}

/** The body of `PATCH /api/v1/departments/:id`; a department stays in its region. */
export interface UpdateDepartmentInput {
  name?: string;
  kind?: DepartmentKind;
  parentId?: string | null;
}

/** Departments of a region, or all the user may see when no region is given. */
export async function listDepartments(regionCode: string | undefined, signal?: AbortSignal): Promise<Department[]> {
  return (await api.get<{ departments: Department[] }>('/api/v1/departments', { query: { regionCode }, signal })).departments;
}

/** Adds a department under a region (and under a parent department, if given). */
export function createDepartment(input: CreateDepartmentInput): Promise<Department> {
  return api.post<Department>('/api/v1/departments', input);
}

/** Renames, re-kinds or moves a department within its region. */
export function updateDepartment(id: string, input: UpdateDepartmentInput): Promise<Department> {
  return api.patch<Department>(`/api/v1/departments/${encodeURIComponent(id)}`, input);
}
