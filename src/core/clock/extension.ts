/**
 * Extension of the decision period (行政许可法 第四十二条): once, by at most the item's limit, with a reason
 * the applicant is told. Who approved it is recorded by the service, not here.
 */

/** Default extension limit in workdays (approved by the head of the agency). */
export const DEFAULT_EXTENSION_LIMIT = 10;
/** Extension limit for unified or joint handling (approved by the head of the region's government). */
export const JOINT_HANDLING_EXTENSION_LIMIT = 15;

/** What an extension limit depends on: the item's own limit, if set, wins. */
export interface ExtensionLimitInput {
  readonly itemLimit?: number | null;
  readonly jointHandling?: boolean;
}

/**
 * The most workdays one extension may add.
 * 行政许可法 第四十二条: 10 days with the head's approval; 15 for 统一办理/联合办理/集中办理.
 */
export function extensionLimit(input: ExtensionLimitInput = {}): number {
  if (input.itemLimit != null) return input.itemLimit;
  return input.jointHandling ? JOINT_HANDLING_EXTENSION_LIMIT : DEFAULT_EXTENSION_LIMIT;
}

/** Why an extension is refused. */
export type ExtensionRefusal = 'already_extended' | 'not_positive' | 'over_limit';

/** A request to extend, with how many extensions the case already had. */
export interface ExtensionRequest {
  readonly requestedDays: number;
  readonly previousExtensions: number;
  readonly limit: number;
}

/** The verdict on an extension request. */
export type ExtensionCheck =
  | { readonly ok: true; readonly days: number }
  | { readonly ok: false; readonly reason: ExtensionRefusal; readonly limit: number };

/**
 * Whether an extension may be granted: at most once, by a whole number of workdays from 1 to the limit.
 * 行政许可法 第四十二条: 可以延长十日 — one extension, not renewable.
 */
export function checkExtension(request: ExtensionRequest): ExtensionCheck {
  const { requestedDays, previousExtensions, limit } = request;
  if (previousExtensions > 0) return { ok: false, reason: 'already_extended', limit };
  if (!Number.isSafeInteger(requestedDays) || requestedDays < 1) return { ok: false, reason: 'not_positive', limit };
  if (requestedDays > limit) return { ok: false, reason: 'over_limit', limit };
  return { ok: true, days: requestedDays };
}
