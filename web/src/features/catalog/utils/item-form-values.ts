import type { Branch, Fee, FormFieldInput, ItemInput, LegalBasis, MaterialSpecInput, Step } from '@core/catalog/item-schema';
import type { ApplicantType, ItemType, OnlineDepth, VisitCount } from '@core/catalog/vocabulary';

/** A step as the editor holds it: every kind's fields, of which saving keeps the ones its kind uses. */
export interface StepValues {
  key: string;
  name: string;
  kind: Step['kind'];
  workdays: number;
  departmentId?: string;
  role?: Step['role'];
  join?: Step['join'];
  absentMeansConsent?: boolean;
  branches?: Partial<Branch>[];
}

/** The editor's form values: the item input, with conditions as lines of text and fees behind a switch. */
export interface EditorValues {
  code: string;
  catalogCode?: string;
  name: string;
  type: ItemType;
  departmentId: string;
  keywords: string[];
  applicantTypes: ApplicantType[];
  conditionsText?: string;
  legalBasis: Partial<LegalBasis>[];
  materials: Partial<MaterialSpecInput>[];
  form: Partial<FormFieldInput>[];
  steps: StepValues[];
  charged: boolean;
  fees: Partial<Fee>[];
  feeNote?: string;
  statutoryDays: number;
  promisedDays: number;
  visits: VisitCount;
  onlineDepth: OnlineDepth;
  commitmentAllowed: boolean;
  yellowThreshold?: number | null;
  correctionDays?: number | null;
  licenseName?: string;
  licenseValidYears?: number | null;
  contactPhone?: string;
  complaintPhone?: string;
  hallAddress?: string;
  hallHours?: string;
  onlineUrl?: string;
}

/** Rules each form field type may carry (core/catalog/structure-checks.ts allows exactly these). */
const RULES_BY_TYPE: Readonly<Record<string, readonly (keyof FormFieldInput)[]>> = {
  text: ['minLength', 'maxLength', 'pattern'],
  address: ['minLength', 'maxLength'],
  number: ['min', 'max'],
  select: ['options'],
};
const RULES = ['options', 'min', 'max', 'minLength', 'maxLength', 'pattern'] as const;

/** Trimmed text, or undefined when empty: the schema refuses blank optional strings. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Drops undefined entries so the body carries only what was filled in. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A new, empty item for the editor. */
export function emptyValues(): Partial<EditorValues> {
  return {
    keywords: [], applicantTypes: ['person', 'organization'], legalBasis: [], materials: [], form: [], steps: [], charged: false, fees: [],
    visits: 1, onlineDepth: 0, commitmentAllowed: false,
  };
}

/** The editor's values for a stored version. */
export function valuesFromItem(item: ItemInput): EditorValues {
  const fees = item.fees ?? [];
  return {
    code: item.code,
    catalogCode: item.catalogCode,
    name: item.name,
    type: item.type,
    departmentId: item.departmentId,
    keywords: item.keywords ?? [],
    applicantTypes: item.applicantTypes ?? ['person', 'organization'],
    conditionsText: (item.conditions ?? []).join('\n'),
    legalBasis: item.legalBasis ?? [],
    materials: item.materials,
    form: item.form ?? [],
    steps: item.steps.map((step) => ({ ...step, branches: step.branches ?? [] })),
    charged: fees.length > 0,
    fees,
    feeNote: item.feeNote,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    visits: item.visits ?? 1,
    onlineDepth: item.onlineDepth ?? 0,
    commitmentAllowed: item.commitmentAllowed ?? false,
    yellowThreshold: item.yellowThreshold ?? null,
    correctionDays: item.correctionDays ?? null,
    licenseName: item.licenseName,
    licenseValidYears: item.licenseValidYears ?? null,
    contactPhone: item.contactPhone,
    complaintPhone: item.complaintPhone,
    hallAddress: item.hallAddress,
    hallHours: item.hallHours,
    onlineUrl: item.onlineUrl,
  };
}

function stepInput(step: StepValues): Step {
  const base = { key: text(step.key) ?? '', name: text(step.name) ?? '', kind: step.kind, workdays: num(step.workdays) ?? 0, departmentId: text(step.departmentId) };
  if (step.kind !== 'parallel') return compact({ ...base, role: step.role });
  return compact({
    ...base,
    join: step.join ?? 'all',
    absentMeansConsent: step.absentMeansConsent ?? false,
    branches: (step.branches ?? []).map((b) => ({ departmentId: b.departmentId ?? '', role: b.role ?? 'handler' })),
  });
}

function formFieldInput(field: Partial<FormFieldInput>): FormFieldInput {
  const type = field.type ?? 'text';
  const allowed = RULES_BY_TYPE[type] ?? [];
  const rules = Object.fromEntries(
    RULES.filter((rule) => allowed.includes(rule)).map((rule) => {
      const value = field[rule];
      if (rule === 'options') return [rule, Array.isArray(value) && value.length > 0 ? value.map(String) : type === 'select' ? [] : undefined];
      return [rule, rule === 'pattern' ? text(value) : num(value)];
    }),
  );
  return compact({ key: text(field.key) ?? '', label: text(field.label) ?? '', type, required: field.required ?? false, ...rules, help: text(field.help) }) as FormFieldInput;
}

/** The request body (`ItemInput`) for what the editor holds. */
export function itemFromValues(values: EditorValues): ItemInput {
  const conditions = (values.conditionsText ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  return compact({
    code: text(values.code) ?? '',
    catalogCode: text(values.catalogCode),
    name: text(values.name) ?? '',
    type: values.type,
    departmentId: values.departmentId,
    keywords: (values.keywords ?? []).map((k) => k.trim()).filter(Boolean),
    applicantTypes: values.applicantTypes,
    conditions,
    legalBasis: (values.legalBasis ?? []).map((b) => compact({ law: text(b.law) ?? '', article: text(b.article), clause: text(b.clause), text: text(b.text) })),
    materials: (values.materials ?? []).map((m) =>
      compact({
        code: text(m.code) ?? '', name: text(m.name) ?? '', required: m.required ?? false, deferrable: m.deferrable ?? false, form: m.form, copies: num(m.copies),
        licenseType: text(m.licenseType), blankFormUrl: text(m.blankFormUrl), sampleUrl: text(m.sampleUrl), note: text(m.note),
      }),
    ),
    form: (values.form ?? []).map(formFieldInput),
    steps: (values.steps ?? []).map(stepInput),
    fees: values.charged
      ? (values.fees ?? []).map((f) => compact({ name: text(f.name) ?? '', standard: text(f.standard) ?? '', basis: text(f.basis), amountYuan: num(f.amountYuan) }))
      : [],
    feeNote: text(values.feeNote),
    statutoryDays: num(values.statutoryDays) ?? 0,
    promisedDays: num(values.promisedDays) ?? 0,
    visits: values.visits,
    onlineDepth: values.onlineDepth,
    commitmentAllowed: values.commitmentAllowed,
    yellowThreshold: num(values.yellowThreshold),
    correctionDays: num(values.correctionDays),
    licenseName: text(values.licenseName),
    licenseValidYears: num(values.licenseValidYears),
    contactPhone: text(values.contactPhone),
    complaintPhone: text(values.complaintPhone),
    hallAddress: text(values.hallAddress),
    hallHours: text(values.hallHours),
    onlineUrl: text(values.onlineUrl),
  });
}

/** The editor field that shows a server field path: `conditions[2]` is a line of `conditionsText`. */
export function editorPath(field: string): string {
  if (field === 'conditions' || field.startsWith('conditions[')) return 'conditionsText';
  return field;
}

/** Which editor section a server field belongs to, for the anchor links of the publish reasons. */
export function sectionOf(field: string): SectionKey {
  const top = field.replace(/^\//, '').split(/[.[/]/)[0] ?? '';
  return SECTION_OF_FIELD[top] ?? 'basics';
}

/** The editor's sections, in page order. */
export const SECTIONS = ['basics', 'materials', 'form', 'steps', 'fees', 'time', 'contact'] as const;
export type SectionKey = (typeof SECTIONS)[number];

const SECTION_OF_FIELD: Readonly<Record<string, SectionKey>> = {
  materials: 'materials',
  form: 'form',
  steps: 'steps',
  fees: 'fees',
  feeNote: 'fees',
  statutoryDays: 'time',
  promisedDays: 'time',
  yellowThreshold: 'time',
  correctionDays: 'time',
  contactPhone: 'contact',
  complaintPhone: 'contact',
  hallAddress: 'contact',
  hallHours: 'contact',
  onlineUrl: 'contact',
};
