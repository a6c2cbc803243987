import { api } from '@/lib/api-client';

/** A department as the catalog's pickers need it (`GET /api/v1/departments`). */
export interface Department {
  id: string;
  name: string;
  regionCode: string;
  parentId: string | null;
  kind: string;
}

/** A region, for naming the departments of several regions apart. */
export interface Region {
  code: string;
  name: string;
}

/** Every department the admin reaches, and the regions they sit in. */
export async function listOrganization(signal?: AbortSignal): Promise<{ departments: Department[]; regions: Region[] }> {
  const [departments, regions] = await Promise.all([
    api.get<{ departments: Department[] }>('/api/v1/departments', { signal }),
    api.get<{ regions: Region[] }>('/api/v1/regions', { signal }),
  ]);
  return { departments: departments.departments, regions: regions.regions };
}
