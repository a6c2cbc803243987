import { api } from '@/lib/api-client';
import type { StaffRole } from '@/lib/roles';

/** A period of absence, both dates inclusive (AB岗). */
export interface Absence {
  from: string;
  to: string;
}

/** A staff account as `GET /api/v1/users` lists it. */
export interface StaffUser {
  id: string;
  username: string;
  name: string;
  departmentId: string | null;
  roles: string[];
  active: boolean;
  backupUserId: string | null;
  absence: Absence | null;
}

/** Filters of the user list. */
export interface UserFilter {
  departmentId?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

/** The body of `POST /api/v1/users`. */
export interface CreateUserInput {
  username: string;
  password: string;
  name: string;
  departmentId: string;
  roles: StaffRole[];
}

/** The body of `PATCH /api/v1/users/:id`; `null` clears the backup or the absence. */
export interface UpdateUserInput {
  name?: string;
  roles?: StaffRole[];
  departmentId?: string;
  active?: boolean;
  backupUserId?: string | null;
  absence?: Absence | null;
}

/** Staff accounts matching the filter. */
export function listUsers(filter: UserFilter, signal?: AbortSignal): Promise<{ users: StaffUser[]; total: number }> {
  return api.get<{ users: StaffUser[]; total: number }>('/api/v1/users', { query: { ...filter }, signal });
}

/** Opens a staff account. */
export function createUser(input: CreateUserInput): Promise<StaffUser> {
  return api.post<StaffUser>('/api/v1/users', input);
}

/** Changes a staff account. */
export function updateUser(id: string, input: UpdateUserInput): Promise<StaffUser> {
  return api.patch<StaffUser>(`/api/v1/users/${encodeURIComponent(id)}`, input);
}
