/**
 * The one catalogue of error codes, with Chinese and English messages and the HTTP status each maps to.
 * Core and services throw `DomainError(code, …)`; the HTTP error handler renders it as
 * `{"error":{"code","message","fields":[…]}}` (API.md). Tests assert codes, never prose.
 */

/** Languages a message is available in; Chinese is the default (API.md conventions). */
export type Lang = 'zh' | 'en';

interface MessageSpec {
  readonly zh: string;
  readonly en: string;
}

interface ErrorSpec extends MessageSpec {
  readonly status: number;
}

/** Whole-request errors. Messages may use `{name}` placeholders filled from the error's params. */
export const ERRORS = {
  'request.invalid': { status: 400, zh: '请求参数有误，请检查标出的字段', en: 'The request has invalid fields' },
  'request.malformed_json': { status: 400, zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  'request.too_large': { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  'request.unsupported_media_type': { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  'request.not_found': { status: 404, zh: '请求的资源不存在', en: 'The requested resource does not exist' },
  'request.conflict': { status: 409, zh: '操作冲突，请刷新后重试', en: 'Conflicting change; reload and try again' },
  'request.idempotency_mismatch': {
    status: 422,
    zh: '同一幂等键已用于不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  'internal': { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  'auth.required': { status: 401, zh: '请先登录', en: 'Please sign in' },
  'auth.invalid_credentials': { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': {
    status: 423,
    zh: '登录失败次数过多，账号已锁定，请于 {until} 后再试',
    en: 'Too many failed sign-ins; the account is locked until {until}',
  },
  'auth.disabled': { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  'auth.forbidden': { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  'account.username_taken': { status: 409, zh: '用户名已被使用', en: 'This username is already taken' },
  'org.region_exists': { status: 409, zh: '该行政区划代码已存在', en: 'This region code already exists' },
  'org.department_cycle': { status: 422, zh: '上级部门不能是本部门或其下级', en: 'A department cannot sit under itself' },
  'clock.not_simulated': { status: 404, zh: '请求的资源不存在', en: 'The requested resource does not exist' },
  'clock.backwards': { status: 422, zh: '模拟时钟不能回拨', en: 'The simulated clock cannot move backwards' },
  'case.invalid_transition': {
    status: 409, zh: '办件当前状态为“{status}”，不能执行此操作', en: 'The case is {status}; this action is not possible now',
  },
  'case.notice_already_issued': {
    status: 409, zh: '本轮已出具一次性告知书，不能再次告知', en: 'A correction notice was already issued in this round',
  },
  'case.deferral_bad_credit': {
    status: 422, zh: '申请人有失信记录，不适用容缺受理', en: 'Deferred materials are not allowed for an applicant with a bad-credit mark',
  },
  'calendar.invalid_date': { status: 400, zh: '日期无效，应为 YYYY-MM-DD', en: 'Invalid date; use YYYY-MM-DD' },
  'calendar.out_of_range': {
    status: 400,
    zh: '日期超出可计算范围',
    en: 'The date is outside the range the calendar can count',
  },
} as const satisfies Record<string, ErrorSpec>;

/** Field-level messages, reported in `fields[]` so that every bad field is named at once. */
export const FIELD_MESSAGES = {
  'required': { zh: '必填', en: 'is required' },
  'type': { zh: '类型应为{expected}', en: 'must be of type {expected}' },
  'format': { zh: '格式不正确', en: 'has an invalid format' },
  'enum': { zh: '取值应为：{allowed}', en: 'must be one of: {allowed}' },
  'min_length': { zh: '长度不能少于 {limit}', en: 'must be at least {limit} characters' },
  'max_length': { zh: '长度不能超过 {limit}', en: 'must be at most {limit} characters' },
  'minimum': { zh: '不能小于 {limit}', en: 'must be at least {limit}' },
  'maximum': { zh: '不能大于 {limit}', en: 'must be at most {limit}' },
  'pattern': { zh: '格式不正确', en: 'has an invalid format' },
  'unknown_field': { zh: '不允许的字段', en: 'is not an allowed field' },
  'invalid': { zh: '取值无效', en: 'is invalid' },
  'not_found': { zh: '引用的对象不存在', en: 'refers to something that does not exist' },
  'id_number_invalid': {
    zh: '公民身份号码无效（GB 11643 校验未通过）',
    en: 'is not a valid resident ID number (GB 11643 check failed)',
  },
  'credit_code_invalid': {
    zh: '统一社会信用代码无效（GB 32100 校验未通过）',
    en: 'is not a valid unified social credit code (GB 32100 check failed)',
  },
  'phone_invalid': { zh: '手机号码无效', en: 'is not a valid mobile phone number' },
  'password_weak': {
    zh: '密码至少 8 位，且须包含字母和数字',
    en: 'must be at least 8 characters with letters and digits',
  },
  'date_invalid': { zh: '日期无效，应为 YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' },
  'region_code_invalid': { zh: '行政区划代码应为 6 位数字', en: 'must be a 6-digit region code' },
  'date_order': { zh: '结束日期不能早于开始日期', en: 'must not be before the start date' },
  'role_invalid': { zh: '角色无效', en: 'is not a known role' },
  'material_unchanged': { zh: '补正后再次告知只能针对本次更改或新增的材料', en: 'may only name a material the resubmission changed or added' },
  'duplicate': { zh: '重复', en: 'is listed twice' },
  'not_deferrable': { zh: '该材料不允许容缺', en: 'may not be deferred' },
  'self_reference': { zh: '不能指向自身', en: 'cannot refer to itself' },
} as const satisfies Record<string, MessageSpec>;

export type ErrorCode = keyof typeof ERRORS;
export type FieldMessageCode = keyof typeof FIELD_MESSAGES;
type Params = Readonly<Record<string, string | number>>;

/** One bad field: its JSON path (`form.idNumber`, `materials[1].code`) and why. */
export interface FieldError {
  readonly field: string;
  readonly code: FieldMessageCode;
  readonly params?: Params;
}

/** An error the domain or a service raises on purpose; rendered by the HTTP error handler. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly fields: readonly FieldError[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

/** A 400 naming every bad field at once. */
export function invalidFields(fields: readonly FieldError[]): DomainError {
  return new DomainError('request.invalid', {}, fields);
}

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The message of an error code in a language. */
export function errorMessage(code: ErrorCode, lang: Lang, params: Params = {}): string {
  return fill(ERRORS[code][lang], params);
}

/** The message of a field error in a language. */
export function fieldMessage(code: FieldMessageCode, lang: Lang, params: Params = {}): string {
  return fill(FIELD_MESSAGES[code][lang], params);
}

/** The language asked for by an Accept-Language header: English only when English ranks first. */
export function langFromHeader(header: string | undefined): Lang {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
