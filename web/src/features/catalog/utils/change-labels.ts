import { ITEM_TYPES, ONLINE_DEPTHS, STEP_ROLES } from '@core/catalog/vocabulary';
import type { Lang, MessageKey, Translate } from '@/lib/i18n';

/** Labels of the item's own fields, as the diff names them (`promisedDays`, `feeNote` …). */
const TOP: Readonly<Record<string, MessageKey>> = {
  code: 'catalog.code',
  catalogCode: 'catalog.basics.catalogCode',
  name: 'catalog.name',
  type: 'catalog.type',
  departmentId: 'catalog.department',
  keywords: 'catalog.basics.keywords',
  applicantTypes: 'catalog.basics.applicantTypes',
  conditions: 'catalog.basics.conditions',
  legalBasis: 'catalog.basics.legalBasis',
  materials: 'catalog.section.materials',
  form: 'catalog.section.form',
  steps: 'catalog.section.steps',
  fees: 'catalog.section.fees',
  feeNote: 'catalog.fees.note',
  statutoryDays: 'catalog.time.statutory',
  promisedDays: 'catalog.time.promised',
  visits: 'catalog.basics.visits',
  onlineDepth: 'catalog.basics.onlineDepth',
  commitmentAllowed: 'catalog.basics.commitmentAllowed',
  yellowThreshold: 'catalog.time.yellow',
  correctionDays: 'catalog.time.correctionDays',
  contactPhone: 'catalog.contact.contactPhone',
  complaintPhone: 'catalog.contact.complaintPhone',
  hallAddress: 'catalog.contact.hallAddress',
  hallHours: 'catalog.contact.hallHours',
  onlineUrl: 'catalog.contact.onlineUrl',
};

/** Labels of the fields inside each list's entries. */
const INNER: Readonly<Record<string, Readonly<Record<string, MessageKey>>>> = {
  materials: {
    code: 'catalog.materials.code', name: 'catalog.materials.name', required: 'catalog.materials.required', deferrable: 'catalog.materials.deferrable',
    form: 'catalog.materials.form', copies: 'catalog.materials.copies', licenseType: 'catalog.materials.licenseType',
    blankFormUrl: 'catalog.materials.blankFormUrl', sampleUrl: 'catalog.materials.sampleUrl', note: 'catalog.materials.note',
  },
  form: {
    key: 'catalog.form.key', label: 'catalog.form.label', type: 'catalog.form.type', required: 'catalog.form.required', options: 'catalog.form.options',
    min: 'catalog.form.min', max: 'catalog.form.max', maxLength: 'catalog.form.maxLength', pattern: 'catalog.form.pattern', help: 'catalog.form.help',
  },
  steps: {
    key: 'catalog.steps.key', name: 'catalog.steps.name', kind: 'catalog.steps.kind', departmentId: 'catalog.steps.department', role: 'catalog.steps.role',
    workdays: 'catalog.steps.workdays', branches: 'catalog.steps.branches', join: 'catalog.steps.join', absentMeansConsent: 'catalog.steps.absentMeansConsent',
  },
  fees: { name: 'catalog.fees.name', standard: 'catalog.fees.standard', basis: 'catalog.fees.basis', amountYuan: 'catalog.fees.amount' },
  legalBasis: { law: 'catalog.basics.law', article: 'catalog.basics.article', clause: 'catalog.basics.clause', text: 'catalog.basics.lawText' },
};

/**
 * A diff path in words: `materials[M01].deferrable` → `申请材料 M01 · 容缺`,
 * `steps[review].workdays` → `办理流程 review · 环节时限`, `conditions[2]` → `受理条件 #3`.
 */
export function describeChangePath(path: string, t: Translate): string {
  const match = /^([A-Za-z]+)(?:\[([^\]]+)\])?(?:\.(.+))?$/.exec(path);
  if (!match) return path;
  const [, top = '', entry, rest] = match;
  const parts = [TOP[top] ? t(TOP[top]) : top];
  if (entry !== undefined) parts.push(/^\d+$/.test(entry) ? `#${Number(entry) + 1}` : entry);
  if (rest !== undefined) {
    const [field = rest, ...deeper] = rest.split('.');
    const base = field.replace(/\[.*$/, '');
    const label = INNER[top]?.[base];
    parts.push(label ? `${t(label)}${field.slice(base.length)}${deeper.length ? '.' + deeper.join('.') : ''}` : rest);
  }
  return entry !== undefined ? `${parts[0]} ${parts.slice(1).join(' · ')}` : parts.join(' · ');
}

/** What a diff value needs to be put in words. */
export interface ValueContext {
  t: Translate;
  lang: Lang;
  departmentName: (id: string) => string | undefined;
}

/** One plain value in words, by the field it belongs to: codes become their labels, ids department names. */
function leafValue(field: string, value: unknown, ctx: ValueContext): string {
  const { t, lang } = ctx;
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (Array.isArray(value)) return value.map((v) => leafValue(field, v, ctx)).join(lang === 'zh' ? '、' : ', ') || '—';
  const text = String(value);
  switch (field) {
    case 'type':
      return ITEM_TYPES.find((x) => x.code === text)?.[lang] ?? FORM_TYPE_LABEL(text, t);
    case 'departmentId':
      return ctx.departmentName(text) ?? text;
    case 'onlineDepth':
      return ONLINE_DEPTHS.find((d) => String(d.level) === text)?.[lang] ?? text;
    case 'visits':
      return ['0', '1', '2'].includes(text) ? t(`catalog.basics.visits${text as '0' | '1' | '2'}`) : text;
    case 'applicantTypes':
      return text === 'person' ? t('catalog.basics.person') : text === 'organization' ? t('catalog.basics.organization') : text;
    case 'form':
      return ['paper', 'electronic', 'both'].includes(text) ? t(`catalog.materials.form.${text as 'paper'}`) : text;
    case 'kind':
      return ['review', 'decide', 'parallel'].includes(text) ? t(`catalog.steps.kind.${text as 'review'}`) : text;
    case 'join':
      return text === 'all' || text === 'any' ? t(`catalog.steps.join.${text}`) : text;
    case 'role':
      return STEP_ROLES.some((r) => r.role === text) ? t(`role.${text as 'clerk'}`) : text;
    default:
      return text;
  }
}

/** A form field's type (`type` of an applicant form field rather than of the item). */
function FORM_TYPE_LABEL(text: string, t: Translate): string {
  const known = ['text', 'number', 'date', 'select', 'id_number', 'credit_code', 'phone', 'address'];
  return known.includes(text) ? t(`catalog.form.type.${text as 'text'}`) : text;
}

/**
 * A value of the diff in words. Whole entries (an added material, a removed step) read as
 * `材料名称：…；必需：是…`, with the labels of their fields.
 */
export function formatChangeValue(path: string, value: unknown, ctx: ValueContext): string {
  const match = /^([A-Za-z]+)(?:\[[^\]]+\])?(?:\.(.+))?$/.exec(path);
  const top = match?.[1] ?? '';
  const field = (match?.[2] ?? top).split('.').pop()?.replace(/\[.*$/, '') ?? top;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const labels = INNER[top] ?? {};
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([key, v]) => `${labels[key] ? ctx.t(labels[key]) : key}${ctx.lang === 'zh' ? '：' : ': '}${leafValue(key, v, ctx)}`)
      .join(ctx.lang === 'zh' ? '；' : '; ');
  }
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    return value.map((v) => formatChangeValue(`${top}[0]`, v, ctx)).join(' | ');
  }
  return leafValue(field, value, ctx);
}
