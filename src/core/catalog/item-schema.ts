import { Type, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';
import {
  APPLICANT_TYPES, FORM_FIELD_TYPES, ITEM_TYPE_CODES, JOINS, MATERIAL_FORMS, ONLINE_DEPTHS, STEP_KINDS, STEP_ROLES, VISIT_COUNTS,
} from './vocabulary.js';

/**
 * The item as an admin writes it: one TypeBox schema gives the HTTP validation, the TS types, the
 * OpenAPI entry and the check of imported files (STYLE B2.4). It lives in core so the web editor
 * validates with the same rules.
 */

type Literal = string | number;
const literals = <T extends Literal>(values: readonly T[]): TUnion<TLiteral<T>[]> => Type.Union(values.map((v) => Type.Literal(v)));
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
// One line: list entries travel newline-separated in one Excel cell, so they may hold no line break.
const Line = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\r\\n]*\\S[^\\r\\n]*$' });
const Key = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$', description: 'letters, digits and _' });
const Url = Type.String({ maxLength: 500, pattern: '^(https?://|/)\\S+$', description: 'absolute http(s) URL or a path on this site' });
const Phone = Type.String({ pattern: '^[0-9][0-9-]{2,19}$', description: 'e.g. 0791-12345, 12345, 0791-86888888-8001' });
const DepartmentId = Type.String({ minLength: 1, maxLength: 64 });
// Admins, supervisors and analysts do not handle cases, so a step names one of the case-working roles.
const StepRole = literals(STEP_ROLES.map((r) => r.role));
const Days = Type.Integer({ minimum: 0, maximum: 3650, description: 'workdays' });

/** 实施编码: the item's code, unique across the platform. */
export const ItemCodeSchema = Type.String({ pattern: '^[0-9A-Za-z][0-9A-Za-z_-]{1,63}$', description: 'item code (实施编码): letters, digits, _ and -' });
export const ItemTypeSchema = literals(ITEM_TYPE_CODES);

export const MaterialSpecSchema = Type.Object({
  code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$' }),
  name: Line(100),
  required: Type.Boolean(),
  deferrable: Type.Boolean({ description: '容缺: may be supplied after acceptance' }),
  form: Type.Optional(literals(MATERIAL_FORMS)),
  copies: Type.Optional(Type.Integer({ minimum: 0, maximum: 99, description: 'paper copies' })),
  licenseType: Type.Optional(Line(100)),
  blankFormUrl: Type.Optional(Url),
  sampleUrl: Type.Optional(Url),
  note: Type.Optional(Text(500)),
}, { additionalProperties: false });

export const FormFieldSchema = Type.Object({
  key: Key,
  label: Line(50),
  type: literals(FORM_FIELD_TYPES),
  required: Type.Optional(Type.Boolean()),
  options: Type.Optional(Type.Array(Line(50), { maxItems: 100, description: 'select only' })),
  min: Type.Optional(Type.Number({ description: 'number only' })),
  max: Type.Optional(Type.Number({ description: 'number only' })),
  minLength: Type.Optional(Type.Integer({ minimum: 0, maximum: 2000 })),
  maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000 })),
  pattern: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'text only; the whole value must match' })),
  help: Type.Optional(Text(200)),
}, { additionalProperties: false });

export const BranchSchema = Type.Object({ departmentId: DepartmentId, role: StepRole }, { additionalProperties: false });

export const StepSchema = Type.Object({
  key: Key,
  name: Line(50),
  kind: literals(STEP_KINDS),
  departmentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'the department; for a parallel step, the lead department (牵头部门)' })),
  role: Type.Optional(StepRole),
  workdays: Type.Integer({ minimum: 0, maximum: 365 }),
  branches: Type.Optional(Type.Array(BranchSchema, { maxItems: 20 })),
  join: Type.Optional(literals(JOINS)),
  absentMeansConsent: Type.Optional(Type.Boolean({ description: '缺席默认: a branch silent past its limit consents' })),
}, { additionalProperties: false });

export const FeeSchema = Type.Object({
  name: Line(100), standard: Text(500), basis: Type.Optional(Text(500)), amountYuan: Type.Optional(Type.Number({ minimum: 0 })),
}, { additionalProperties: false });

export const LegalBasisSchema = Type.Object({
  law: Line(100), article: Type.Optional(Line(30)), clause: Type.Optional(Line(30)), text: Type.Optional(Text(2000)),
}, { additionalProperties: false });

export const ItemInputSchema = Type.Object({
  code: ItemCodeSchema,
  catalogCode: Type.Optional(Type.String({ pattern: '^[0-9A-Za-z-]{1,40}$', description: '基本编码 (catalog_code)' })),
  name: Line(100),
  type: ItemTypeSchema,
  departmentId: DepartmentId,
  keywords: Type.Optional(Type.Array(Line(20), { maxItems: 20 })),
  applicantTypes: Type.Optional(Type.Array(literals(APPLICANT_TYPES), { minItems: 1, maxItems: 2, uniqueItems: true })),
  conditions: Type.Optional(Type.Array(Line(500), { maxItems: 50 })),
  legalBasis: Type.Optional(Type.Array(LegalBasisSchema, { maxItems: 30 })),
  materials: Type.Array(MaterialSpecSchema, { maxItems: 100 }),
  form: Type.Optional(Type.Array(FormFieldSchema, { maxItems: 100 })),
  steps: Type.Array(StepSchema, { maxItems: 30 }),
  fees: Type.Optional(Type.Array(FeeSchema, { maxItems: 30, description: 'empty: free of charge' })),
  feeNote: Type.Optional(Text(500)),
  statutoryDays: Days,
  promisedDays: Type.Integer({ minimum: 0, maximum: 3650, description: 'workdays; 0 makes an instant item (即办件)' }),
  visits: Type.Optional(literals(VISIT_COUNTS)),
  onlineDepth: Type.Optional(literals(ONLINE_DEPTHS.map((d) => d.level))),
  commitmentAllowed: Type.Optional(Type.Boolean({ description: '告知承诺 allowed' })),
  yellowThreshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  correctionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'days to supplement after a correction notice' })),
  licenseName: Type.Optional(Line(50)),
  licenseValidYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, description: 'years the license a grant issues is valid; 5 when absent' })),
  contactPhone: Type.Optional(Phone),
  complaintPhone: Type.Optional(Phone),
  hallAddress: Type.Optional(Line(200)),
  hallHours: Type.Optional(Line(200)),
  onlineUrl: Type.Optional(Url),
}, { additionalProperties: false });

export type ItemInput = Static<typeof ItemInputSchema>;
export type MaterialSpecInput = Static<typeof MaterialSpecSchema>;
export type FormFieldInput = Static<typeof FormFieldSchema>;
export type Step = Static<typeof StepSchema>;
export type Branch = Static<typeof BranchSchema>;
export type Fee = Static<typeof FeeSchema>;
export type LegalBasis = Static<typeof LegalBasisSchema>;
