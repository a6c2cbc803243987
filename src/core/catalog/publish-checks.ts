import type { FieldError } from '../errors.js';
import type { Step } from './item-schema.js';
import { handlingOf, stepDaysTotal } from './time-limits.js';
import type { ItemContent } from './types.js';
import { STEP_ROLES, type StepRole } from './vocabulary.js';

/** Who can work where: the publish checks ask, the service answers from the staff table. */
export interface Staffing {
  /** Whether at least one active staff user of the department holds the role. */
  isStaffed(departmentId: string, role: StepRole): boolean;
  departmentName(departmentId: string): string;
}

function duplicates<T>(items: readonly T[], keyOf: (item: T) => string, at: (i: number) => string, code: FieldError['code'], param: string): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const key = keyOf(item);
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [{ field: at(i), code, params: { [param]: key } }];
  });
}

function roleParams(role: StepRole) {
  const names = STEP_ROLES.find((r) => r.role === role) ?? { zh: role, en: role };
  return { roleZh: names.zh, roleEn: names.en };
}

function unstaffed(step: Step, at: string, staffing: Staffing): FieldError[] {
  const workers = step.kind === 'parallel'
    ? (step.branches ?? []).map((b, j) => ({ ...b, field: `${at}.branches[${j}]` }))
    : step.departmentId && step.role ? [{ departmentId: step.departmentId, role: step.role, field: at }] : [];
  return workers.filter((w) => !staffing.isStaffed(w.departmentId, w.role)).map((w) => ({
    field: w.field, code: 'item_step_unstaffed' as const,
    params: { department: staffing.departmentName(w.departmentId), ...roleParams(w.role) },
  }));
}

// 即办件 are accepted and concluded at the window the same day (DOMAIN.md §4): no step may need a day,
// and no joint handling by several departments fits in that day.
function instantReasons(steps: readonly Step[]): FieldError[] {
  return steps.flatMap((step, i) => [
    ...(step.workdays > 0 ? [{ field: `steps[${i}].workdays`, code: 'item_instant_step_days' as const }] : []),
    ...(step.kind === 'parallel' ? [{ field: `steps[${i}]`, code: 'item_instant_parallel' as const }] : []),
  ]);
}

function timeReasons(item: ItemContent): FieldError[] {
  const { statutoryDays: statutory, promisedDays: promised, steps } = item;
  const reasons: FieldError[] = [];
  // 行政许可法 第四十二条 sets the statutory limit; a promise may shorten it, never lengthen it.
  if (promised > statutory) reasons.push({ field: 'promisedDays', code: 'item_promised_exceeds_statutory', params: { promised, statutory } });
  if (handlingOf(promised) === 'instant') return [...reasons, ...instantReasons(steps)];
  if (steps.length === 0) reasons.push({ field: 'steps', code: 'item_steps_missing' });
  const total = stepDaysTotal(steps);
  if (total > promised) reasons.push({ field: 'steps', code: 'item_steps_exceed_promised', params: { total, promised } });
  if (item.yellowThreshold !== undefined && item.yellowThreshold > promised) {
    reasons.push({ field: 'yellowThreshold', code: 'item_yellow_threshold_too_large' });
  }
  return reasons;
}

/**
 * Every reason an item may not be published (DOMAIN.md §3), all at once; empty when it may.
 * Each reason names the field to fix and a code of the error catalogue.
 */
export function publishReasons(item: ItemContent, staffing: Staffing): FieldError[] {
  return [
    ...timeReasons(item),
    ...item.steps.flatMap((step, i) => unstaffed(step, `steps[${i}]`, staffing)),
    ...duplicates(item.materials, (m) => m.code, (i) => `materials[${i}].code`, 'item_material_code_duplicate', 'code'),
    ...duplicates(item.steps, (s) => s.key, (i) => `steps[${i}].key`, 'item_step_key_duplicate', 'key'),
    ...duplicates(item.form, (f) => f.key, (i) => `form[${i}].key`, 'item_form_key_duplicate', 'key'),
  ];
}
