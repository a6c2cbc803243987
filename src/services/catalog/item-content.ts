import {
  checkFormFields, checkSteps, departmentRefs, normalizeItem, type ItemContent, type ItemInput,
} from '../../core/catalog/index.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import { departmentsById } from '../../store/repositories/item-staffing-repository.js';
import type { Db } from '../context.js';

/** An item's content made ready to save, or every reason it is malformed. */
export interface CheckedContent {
  readonly content: ItemContent;
  /** The implementing department; null when it does not exist (then `errors` says so). */
  readonly department: Department | null;
  readonly errors: readonly FieldError[];
}

/**
 * Normalizes an admin's input and checks what a save needs (400 territory): each step names what its
 * kind needs, the form's rules fit their types, and every department named exists within `inReach`.
 * An implementing department outside the reach is a 403, raised here before any field error.
 */
export async function checkContent(db: Db, input: ItemInput, inReach: (department: Department) => boolean): Promise<CheckedContent> {
  const content = normalizeItem(input);
  const refs = departmentRefs(content);
  const departments = await departmentsById(db, refs.map((r) => r.departmentId));
  const department = departments.get(content.departmentId) ?? null;
  if (department && !inReach(department)) throw new DomainError('auth.forbidden');
  const unknown: FieldError[] = refs.filter((ref) => {
    const found = departments.get(ref.departmentId);
    // Steps may only be given to departments the admin manages; others read as unknown, not as forbidden.
    return !found || !inReach(found);
  }).map((ref) => ({ field: ref.field, code: 'not_found' }));
  return { content, department, errors: [...checkSteps(content.steps), ...checkFormFields(content.form), ...unknown] };
}

/** Like checkContent, but throws the 400 with every bad field at once. */
export async function requireContent(
  db: Db, input: ItemInput, inReach: (department: Department) => boolean,
): Promise<{ content: ItemContent; department: Department }> {
  const checked = await checkContent(db, input, inReach);
  if (checked.errors.length > 0 || !checked.department) throw invalidFields(checked.errors);
  return { content: checked.content, department: checked.department };
}
