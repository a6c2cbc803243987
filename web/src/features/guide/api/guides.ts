import type { Fee, FormFieldInput, LegalBasis, MaterialSpecInput } from '@core/catalog/item-schema';
import type { ItemType } from '@core/catalog/vocabulary';
import { api } from '@/lib/api-client';

interface DepartmentRef {
  id: string;
  name: string;
}

/** A line of the public search (`GET /api/v1/items`). */
export interface GuideSummary {
  code: string;
  name: string;
  type: ItemType;
  typeName: string;
  department: DepartmentRef;
  regionCode: string;
  catchAll: boolean;
  handling: 'instant' | 'promised';
  statutoryDays: number;
  promisedDays: number;
  speedUpRate: number | null;
  visits: number;
  onlineDepth: number;
  free: boolean;
}

/** A workflow step as the guide shows it, departments named. */
export interface GuideStep {
  key: string;
  name: string;
  kind: 'review' | 'decide' | 'parallel';
  workdays: number;
  department: DepartmentRef | null;
  role?: string;
  join?: 'all' | 'any';
  absentMeansConsent?: boolean;
  branches?: { department: DepartmentRef; role: string }[];
}

/** 办事指南: the published version of an item, as `GET /api/v1/items/:code` gives it. */
export interface Guide extends GuideSummary {
  catalogCode?: string;
  version: number;
  versionId: string;
  regionName: string | null;
  keywords: string[];
  applicantTypes: ('person' | 'organization')[];
  conditions: string[];
  legalBasis: LegalBasis[];
  materials: (MaterialSpecInput & {
    form: 'paper' | 'electronic' | 'both';
    copies: number;
    /** Files an admin uploaded for the material (示例样本 / 空白表格), served by the platform. */
    sample?: MaterialFile;
    blankForm?: MaterialFile;
  })[];
  form: FormFieldInput[];
  steps: GuideStep[];
  fees: Fee[];
  feeNote?: string;
  onlineDepthName: string;
  commitmentAllowed: boolean;
  correctionDays: number;
  /** The license a grant issues and the years it is valid. */
  license: { name: string; validYears: number };
  contactPhone?: string;
  complaintPhone?: string;
  hallAddress?: string;
  hallHours?: string;
  onlineUrl?: string;
  guidePath: string;
  qrCode: { svg: string; png: string };
  publishedAt: string | null;
}

/** The public search's filters. */
export interface GuideQuery {
  q?: string;
  departmentId?: string;
  type?: ItemType;
  zeroVisit?: boolean;
  online?: boolean;
  limit?: number;
  offset?: number;
}

/** Published items matching the filters. */
export function searchGuides(query: GuideQuery, signal?: AbortSignal): Promise<{ items: GuideSummary[]; total: number }> {
  return api.get('/api/v1/items', { query: { ...query, zeroVisit: query.zeroVisit || undefined, online: query.online || undefined }, signal, allowUnauthorized: true });
}

/**
 * The departments that have published items, for the department filter. There is no public list of
 * departments, so they are read off the first 100 published items.
 */
export async function listGuideDepartments(signal?: AbortSignal): Promise<DepartmentRef[]> {
  const { items } = await searchGuides({ limit: 100 }, signal);
  const byId = new Map(items.map((item) => [item.department.id, item.department]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** One published item's guide. */
export function getGuide(code: string, signal?: AbortSignal): Promise<Guide> {
  return api.get(`/api/v1/items/${encodeURIComponent(code)}`, { signal, allowUnauthorized: true });
}

/** A downloadable file attached to a material. */
export interface MaterialFile {
  url: string;
  name: string;
  mime: string;
  size: number;
}
