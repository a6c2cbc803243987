/**
 * Extending a case's decision period (延期, 行政许可法 第四十二条): once, within the limit that applies to the
 * item, approved at the level the law names. The clock arithmetic is in core/clock (extension.ts); this
 * file decides which limit and level apply to a case and turns a refusal into the error the API gives.
 */
import type { Step } from '../catalog/item-schema.js';
import { checkExtension, extensionLimit } from '../clock/index.js';
import { DomainError, invalidFields } from '../errors.js';

/**
 * Who must approve: the head of the agency (10 workdays), or, for unified, joint or concentrated handling,
 * the head of the government at that level (15 workdays). 行政许可法 第四十二条第一款、第二款.
 */
export type ExtensionApproval = 'agency_head' | 'government_head';

/**
 * 联合办理 (行政许可法 第二十六条): the item's workflow has a parallel step whose branches lie in more than one
 * department. The catalog has no explicit flag, so the steps say it.
 */
export function isJointHandling(steps: readonly Step[]): boolean {
  return steps.some((s) => s.kind === 'parallel' && new Set((s.branches ?? []).map((b) => b.departmentId)).size > 1);
}

/** A granted extension: its workdays, the limit it was checked against, and the approval level. */
export interface ExtensionGrant {
  readonly days: number;
  readonly limit: number;
  readonly approval: ExtensionApproval;
}

/**
 * Checks a request to extend by `requestedDays`: a second extension is a conflict (409
 * `case.already_extended`, 可以延长十日 is not renewable); days outside 1…limit are a field error on `workdays`.
 */
export function grantExtension(input: { requestedDays: number; previousExtensions: number; steps: readonly Step[] }): ExtensionGrant {
  const joint = isJointHandling(input.steps);
  const limit = extensionLimit({ jointHandling: joint });
  const check = checkExtension({ requestedDays: input.requestedDays, previousExtensions: input.previousExtensions, limit });
  if (check.ok) return { days: check.days, limit, approval: joint ? 'government_head' : 'agency_head' };
  if (check.reason === 'already_extended') throw new DomainError('case.already_extended');
  throw invalidFields([check.reason === 'over_limit'
    ? { field: 'workdays', code: 'maximum', params: { limit } }
    : { field: 'workdays', code: 'minimum', params: { limit: 1 } }]);
}
