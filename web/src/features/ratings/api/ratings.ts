import type { CallbackResult, RectificationStatus } from '@core/ratings/rectification';
import type { RatingChannel, PublicChannel } from '@core/ratings/channels';
import type { RatingLevel } from '@core/ratings/levels';
import type { LevelCounts } from '@core/ratings/figures';
import type { WarningLevel } from '@core/clock/warning';
import { api } from '@/lib/api-client';

/** What a rater sends from any channel. */
export interface RatingValues {
  level: RatingLevel;
  tags?: string[];
  comment?: string;
}

export interface RatingOutcome {
  id: string;
  rectification?: { id: string; dueAt: string };
}

export interface Appeal {
  id: string;
  status: 'pending' | 'upheld' | 'rejected';
  reason: string;
  opinion: string | null;
}

/** A rating as its case page shows it. */
export interface Rating {
  id: string;
  level: RatingLevel;
  tags: string[];
  comment: string | null;
  channel: RatingChannel;
  ratedAt: string;
  followUp: string | null;
  followUpAt: string | null;
  excluded: boolean;
  rectification: { id: string; status: RectificationStatus; dueAt: string; callbackAt: string | null; measures: string | null; result: string | null; completedAt: string | null } | null;
  appeal?: Appeal | null;
}

export const getCaseRating = (caseId: string, signal?: AbortSignal) =>
  api.get<{ rateable: boolean; rating: Rating | null }>(`/api/v1/cases/${encodeURIComponent(caseId)}/rating`, { signal });
export const rateCase = (caseId: string, values: RatingValues) => api.post<RatingOutcome>(`/api/v1/cases/${encodeURIComponent(caseId)}/ratings`, values);
export const addFollowUp = (ratingId: string, comment: string) => api.post(`/api/v1/ratings/${encodeURIComponent(ratingId)}/follow-ups`, { comment });

/** The public rating page's view of a case (no personal data). */
export interface PublicRatingInfo {
  caseNo: string;
  itemName: string;
  status: string;
  rated: boolean;
  rateable: boolean;
}

export const getPublicRatingInfo = (caseNo: string, queryCode: string, signal?: AbortSignal) =>
  api.get<PublicRatingInfo>('/api/v1/public/ratings', { query: { caseNo, queryCode }, signal, allowUnauthorized: true });
export const ratePublicly = (input: RatingValues & { caseNo: string; queryCode: string; channel: PublicChannel }) =>
  api.post<RatingOutcome>('/api/v1/public/ratings', input, { allowUnauthorized: true });

/** The window device: a clerk opens it for a case, the applicant rates with the token. */
export interface WindowRating {
  token: string;
  expiresAt: string;
  caseId: string;
  caseNo: string;
  itemName: string;
}
export const openWindowRating = (caseNo: string) => api.post<WindowRating>('/api/v1/window-ratings', { caseNo });
export const rateAtWindow = (token: string, values: RatingValues) =>
  api.post<RatingOutcome>('/api/v1/public/window-ratings', { token, ...values }, { allowUnauthorized: true });

/** One row of the staff rectification list. */
export interface Rectification {
  id: string;
  ratingId: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  departmentId: string;
  departmentName: string;
  status: RectificationStatus;
  warning: WarningLevel;
  workdays: number;
  openedAt: string;
  dueAt: string;
  level: RatingLevel;
  tags: string[];
  comment: string | null;
  followUp: string | null;
  channel: string;
  excluded: boolean;
  callbackResult: CallbackResult | null;
  callbackNote: string | null;
  callbackAt: string | null;
  measures: string | null;
  result: string | null;
  completedAt: string | null;
  appeal: Appeal | null;
}

export const listRectifications = (filter: { status?: RectificationStatus; warning?: WarningLevel; limit?: number; offset?: number }, signal?: AbortSignal) =>
  api.get<{ rectifications: Rectification[]; total: number }>('/api/v1/rectifications', { query: filter, signal });
export const recordCallback = (id: string, body: { result: CallbackResult; note: string }) => api.post(`/api/v1/rectifications/${encodeURIComponent(id)}/callback`, body);
export const completeRectification = (id: string, body: { measures: string; result: string }) =>
  api.post(`/api/v1/rectifications/${encodeURIComponent(id)}/complete`, body);
export const fileAppeal = (ratingId: string, reason: string) => api.post(`/api/v1/ratings/${encodeURIComponent(ratingId)}/appeal`, { reason });
export const decideAppeal = (appealId: string, body: { upheld: boolean; opinion: string }) => api.post(`/api/v1/appeals/${encodeURIComponent(appealId)}/decide`, body);

/** One department's figures for a month (DOMAIN.md §9). */
export interface DepartmentFigures {
  departmentId: string;
  departmentName: string;
  ratings: number;
  levels: LevelCounts;
  satisfaction: number | null;
  badRatings: number;
  rectified: number;
  rectificationRate: number | null;
}
export interface RatingStats {
  period: string;
  regionCode: string | null;
  departments: DepartmentFigures[];
  total: Omit<DepartmentFigures, 'departmentId' | 'departmentName'>;
}
export type RankedDepartment = DepartmentFigures & { rank: number };
export interface RedBlueBoard {
  period: string;
  minRatings: number;
  red: RankedDepartment[];
  blue: RankedDepartment[];
  ranking: RankedDepartment[];
  unranked: DepartmentFigures[];
}

export const getRatingStats = (period: string, region: string | undefined, signal?: AbortSignal) =>
  api.get<RatingStats>('/api/v1/public/rating-stats', { query: { period, region }, signal, allowUnauthorized: true });
export const getRedBlueBoard = (period: string, region: string | undefined, signal?: AbortSignal) =>
  api.get<RedBlueBoard>('/api/v1/public/red-blue-board', { query: { period, region }, signal, allowUnauthorized: true });
