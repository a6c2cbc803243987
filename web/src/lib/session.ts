/** The signed-in user as the server presents it (`/auth/login`, `/auth/me`). */
export interface SessionUser {
  id: string;
  username: string;
  name: string;
  kind: 'staff' | 'applicant';
  roles: string[];
  departmentId: string | null;
  regionCode: string | null;
  /** Optional extras the server may add; shown when present. */
  departmentName?: string | null;
  regionName?: string | null;
}
