/** The service catalog (事项): items, versions, publish checks, applicant forms, national field mapping. */
export {
  APPLICANT_TYPES, FORM_FIELD_TYPES, ITEM_STATUSES, ITEM_TYPES, ITEM_TYPE_CODES, JOINS, MATERIAL_FORMS, ONLINE_DEPTHS,
  ONLINE_FROM_DEPTH, STEP_KINDS, STEP_ROLES, VISIT_COUNTS, itemTypeLabel,
  type ApplicantType, type FormFieldType, type ItemStatus, type ItemType, type Join, type MaterialForm, type OnlineDepth,
  type StepKind, type StepRole, type VisitCount,
} from './vocabulary.js';
export {
  BranchSchema, FeeSchema, FormFieldSchema, ItemCodeSchema, ItemInputSchema, ItemTypeSchema, LegalBasisSchema, MaterialSpecSchema,
  StepSchema, type Branch, type Fee, type FormFieldInput, type ItemInput, type LegalBasis, type MaterialSpecInput, type Step,
} from './item-schema.js';
export { DEFAULT_CORRECTION_DAYS, normalizeItem, type FormField, type ItemContent, type ItemVersion, type MaterialSpec } from './types.js';
export { handlingOf, speedUpRate, stepDaysTotal, type Handling } from './time-limits.js';
export { checkFormFields, checkSteps, departmentRefs, type DepartmentRef } from './structure-checks.js';
export { publishReasons, type Staffing } from './publish-checks.js';
export { validateFormValues } from './form-values.js';
export { diffContents, sameContent, type ItemChange } from './diff.js';
export { GBT_39046_FIELDS, toNationalRecord, type NationalContext, type NationalField, type NationalRecord } from './gbt-39046.js';
export { GUIDE_PATH_PREFIX, guidePath, guideUrl } from './guide-url.js';
export {
  CATALOG_FORMAT, CATALOG_FORMAT_VERSION, CatalogDepartmentSchema, CatalogEntrySchema, CatalogFileSchema,
  type CatalogDepartment, type CatalogEntry, type CatalogFile,
} from './catalog-file.js';
export { catchAllTemplate } from './catch-all.js';
