import { api } from '@/lib/api-client';
import type { SessionUser } from '@/lib/session';

/** `GET /api/v1/system/clock`: the platform's time, which a simulated clock may have moved. */
export interface PlatformClock {
  now: string;
  simulated: boolean;
}

/** Reads the platform clock. */
export function fetchClock(signal?: AbortSignal): Promise<PlatformClock> {
  return api.get<PlatformClock>('/api/v1/system/clock', { signal });
}

/** Where a user sits, by name. */
export interface Placement {
  department: string | null;
  region: string | null;
}

/**
 * The names of the user's department and region. Uses the names on the session when the server
 * sends them, and otherwise looks them up; a lookup the user may not make leaves the name empty.
 */
export async function fetchPlacement(user: SessionUser, signal?: AbortSignal): Promise<Placement> {
  const placement: Placement = { department: user.departmentName ?? null, region: user.regionName ?? null };
  const lookups: Promise<unknown>[] = [];
  if (!placement.region && user.regionCode) {
    lookups.push(
      api.get<{ regions: { code: string; name: string }[] }>('/api/v1/regions', { signal }).then(({ regions }) => {
        placement.region = regions.find((region) => region.code === user.regionCode)?.name ?? null;
      }),
    );
  }
  if (!placement.department && user.departmentId && user.regionCode) {
    lookups.push(
      api
        .get<{ departments: { id: string; name: string }[] }>('/api/v1/departments', { query: { regionCode: user.regionCode }, signal })
        .then(({ departments }) => {
          placement.department = departments.find((department) => department.id === user.departmentId)?.name ?? null;
        }),
    );
  }
  await Promise.allSettled(lookups);
  return placement;
}
