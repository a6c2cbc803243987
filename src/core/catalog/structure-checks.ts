import type { FieldError } from '../errors.js';
import type { FormFieldInput, Step } from './item-schema.js';

/**
 * Checks that the schema cannot express: what a step of each kind must name, and whether a form
 * field's rules make sense. A failure is a malformed request (400), whatever the item's status;
 * the business rules wait for publishing (publish-checks.ts).
 */

function checkSingleStep(step: Step, at: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!step.departmentId) errors.push({ field: `${at}.departmentId`, code: 'required' });
  if (!step.role) errors.push({ field: `${at}.role`, code: 'required' });
  if (step.branches !== undefined) errors.push({ field: `${at}.branches`, code: 'unknown_field' });
  if (step.join !== undefined) errors.push({ field: `${at}.join`, code: 'unknown_field' });
  if (step.absentMeansConsent !== undefined) errors.push({ field: `${at}.absentMeansConsent`, code: 'unknown_field' });
  return errors;
}

// 并联审批: several departments at once, one of them the lead (牵头部门), joined by 会签 (all) or 或签 (any).
function checkParallelStep(step: Step, at: string): FieldError[] {
  const errors: FieldError[] = [];
  const branches = step.branches ?? [];
  if (branches.length < 2) errors.push({ field: `${at}.branches`, code: 'step_parallel_branches' });
  if (!step.join) errors.push({ field: `${at}.join`, code: 'required' });
  if (step.role !== undefined) errors.push({ field: `${at}.role`, code: 'unknown_field' });
  if (!step.departmentId) errors.push({ field: `${at}.departmentId`, code: 'required' });
  else if (branches.length >= 2 && !branches.some((b) => b.departmentId === step.departmentId)) {
    errors.push({ field: `${at}.departmentId`, code: 'step_parallel_lead' });
  }
  return errors;
}

/** What each step kind must and must not name. */
export function checkSteps(steps: readonly Step[]): FieldError[] {
  return steps.flatMap((step, i) => (step.kind === 'parallel' ? checkParallelStep(step, `steps[${i}]`) : checkSingleStep(step, `steps[${i}]`)));
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const RULES_BY_TYPE: Readonly<Record<string, readonly (keyof FormFieldInput)[]>> = {
  text: ['minLength', 'maxLength', 'pattern'],
  address: ['minLength', 'maxLength'],
  number: ['min', 'max'],
  select: ['options'],
};
const RULES: readonly (keyof FormFieldInput)[] = ['options', 'min', 'max', 'minLength', 'maxLength', 'pattern'];

/** Each form field carries only the rules of its type, and those rules are consistent. */
export function checkFormFields(fields: readonly FormFieldInput[]): FieldError[] {
  return fields.flatMap((field, i) => {
    const at = `form[${i}]`;
    const allowed = RULES_BY_TYPE[field.type] ?? [];
    const errors: FieldError[] = RULES.filter((rule) => field[rule] !== undefined && !allowed.includes(rule))
      .map((rule) => ({ field: `${at}.${rule}`, code: 'unknown_field' }));
    if (field.type === 'select' && (field.options ?? []).length === 0) errors.push({ field: `${at}.options`, code: 'required' });
    if (field.min !== undefined && field.max !== undefined && field.max < field.min) errors.push({ field: `${at}.max`, code: 'range_invalid' });
    if (field.minLength !== undefined && field.maxLength !== undefined && field.maxLength < field.minLength) {
      errors.push({ field: `${at}.maxLength`, code: 'range_invalid' });
    }
    if (field.pattern !== undefined && !isRegex(field.pattern)) errors.push({ field: `${at}.pattern`, code: 'regex_invalid' });
    return errors;
  });
}

/** A department an item refers to, and the field that names it. */
export interface DepartmentRef {
  readonly departmentId: string;
  readonly field: string;
}

/** Every department an item names: the implementing one, each step's, each branch's. */
export function departmentRefs(item: { departmentId: string; steps: readonly Step[] }): DepartmentRef[] {
  return [
    { departmentId: item.departmentId, field: 'departmentId' },
    ...item.steps.flatMap((step, i) => [
      ...(step.departmentId ? [{ departmentId: step.departmentId, field: `steps[${i}].departmentId` }] : []),
      ...(step.branches ?? []).map((b, j) => ({ departmentId: b.departmentId, field: `steps[${i}].branches[${j}].departmentId` })),
    ]),
  ];
}
