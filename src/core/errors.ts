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
  'case.verification_closed': { status: 409, zh: '该核查已办结', en: 'This verification is already closed' },
  'case.deferral_bad_credit': {
    status: 422, zh: '申请人有失信记录，不适用容缺受理', en: 'Deferred materials are not allowed for an applicant with a bad-credit mark',
  },
  'file.too_large': { status: 413, zh: '文件超过 {limit} MB 的上限', en: 'The file is larger than the {limit} MB limit' },
  'file.unsupported_type': { status: 415, zh: '不接受此类文件，仅接受 {allowed}', en: 'This kind of file is not accepted; use {allowed}' },
  'calendar.invalid_date': { status: 400, zh: '日期无效，应为 YYYY-MM-DD', en: 'Invalid date; use YYYY-MM-DD' },
  'calendar.out_of_range': {
    status: 400,
    zh: '日期超出可计算范围',
    en: 'The date is outside the range the calendar can count',
  },
  'item.code_taken': { status: 409, zh: '事项编码已被使用', en: 'This item code is already taken' },
  'item.publish_rejected': { status: 422, zh: '事项未通过发布检查，请按所列原因修改后再发布', en: 'The item fails the publishing checks; fix every listed reason and publish again' },
  'item.no_draft': { status: 409, zh: '该事项没有待发布的草稿版本', en: 'This item has no draft version to publish' },
  'item.not_published': { status: 409, zh: '该事项当前没有已发布的版本', en: 'This item has no published version' },
  'item.catch_all_exists': { status: 409, zh: '该部门已有兜底事项', en: 'This department already has a catch-all item' },
  'item.import_rejected': { status: 422, zh: '导入的事项未通过发布检查，未导入任何事项', en: 'Imported items fail the publishing checks; nothing was imported' },
  'item.file_unreadable': { status: 400, zh: '无法读取上传的 Excel 文件', en: 'The uploaded Excel file cannot be read' },
  'workflow.invalid_steps': { status: 422, zh: '办理环节设置有误，无法启动流程：{reason}', en: 'The steps cannot run: {reason}' },
  'workflow.task_not_found': { status: 404, zh: '待办任务不存在', en: 'The task does not exist' },
  'workflow.concluded': { status: 409, zh: '办件已办结，流程不能再变更', en: 'The case has concluded; its workflow cannot change' },
  'workflow.task_closed': { status: 409, zh: '该任务已办理或已取消', en: 'This task is already done or cancelled' },
  'workflow.not_assignee': { status: 403, zh: '该任务不由您办理', en: 'This task is not yours to handle' },
  'workflow.already_claimed': { status: 409, zh: '该任务已被签收', en: 'This task has already been claimed' },
  'workflow.reason_required': { status: 422, zh: '退回和不予许可必须填写理由', en: 'A return or a denial needs a reason' },
  'workflow.deny_not_allowed': { status: 422, zh: '本环节无权作出不予许可决定，如有异议请退回', en: 'This step may not deny; return it instead' },
  'workflow.operation_not_allowed': { status: 422, zh: '委托任务只能办理后交回委托人', en: 'A delegated task can only be reported back to the delegator' },
  'workflow.invalid_return_target': { status: 422, zh: '只能退回到之前的环节', en: 'A task can only be returned to an earlier step' },
  'workflow.invalid_target': { status: 422, zh: '所选人员不能接收该任务', en: 'The chosen person cannot take this task' },
  'workflow.withdraw_refused': { status: 409, zh: '只能撤回本人作出的同意意见', en: 'Only your own approval can be withdrawn' },
  'workflow.withdraw_too_late': { status: 409, zh: '下一环节已签收或办理，不能撤回', en: 'The next task has been taken up; the approval can no longer be withdrawn' },
  'license.already_revoked': { status: 409, zh: '该电子证照已撤销', en: 'This license is already revoked' },
  'license.invalid': { status: 409, zh: '该电子证照未通过签名验证，不能出具', en: 'This license fails its signature check and cannot be issued' },
  'delivery.deferred_outstanding': {
    status: 409, zh: '尚有 {count} 项容缺材料未补交，补齐后方可送达办理结果', en: '{count} deferred material(s) are still owed; the result is delivered once they arrive',
  },
  // Ratings (好差评, DOMAIN.md §8; docs/ratings.md).
  'rating.not_rateable': { status: 409, zh: '办件当前状态为“{status}”，办结后才能评价', en: 'The case is {status}; it can be rated once it has concluded' },
  'rating.already_rated': { status: 409, zh: '该办件已评价，每件只能评价一次，可追加评价', en: 'This case has already been rated; add a follow-up instead' },
  'rating.follow_up_exists': { status: 409, zh: '该评价已追加过评价', en: 'This rating already has a follow-up' },
  'rating.token_invalid': { status: 404, zh: '评价码无效、已使用或已过期，请窗口工作人员重新发起评价', en: 'The rating code is invalid, used or expired; ask the clerk to start again' },
  'rating.callback_required': { status: 409, zh: '差评整改须先完成回访', en: 'Record the callback (回访) before the rectification result' },
  'rating.rectification_closed': { status: 409, zh: '该整改已办结', en: 'This rectification is already closed' },
  'rating.appeal_exists': { status: 409, zh: '该评价已提出过申诉', en: 'This rating has already been appealed' },
  'rating.appeal_not_allowed': { status: 422, zh: '只能对整改尚未办结的差评提出申诉', en: 'Only a bad rating whose rectification is still open can be appealed' },
  'rating.appeal_decided': { status: 409, zh: '该申诉已作出决定', en: 'This appeal has already been decided' },
  // Webhooks (一链办理, docs/webhooks.md).
  'webhook.delivery_not_dead': { status: 409, zh: '只有已放弃投递的记录才能重新投递', en: 'Only a dead delivery can be replayed' },
  'webhook.secret_unavailable': { status: 500, zh: '无法读取回调密钥，请检查 TONGBAN_WEBHOOK_KEY 配置', en: 'The webhook secret cannot be read; check TONGBAN_WEBHOOK_KEY' },
  // The service hall (叫号, 预约; docs/hall.md).
  'hall.closed': { status: 409, zh: '大厅当前不在服务时间，请在开放时间内取号', en: 'The hall is closed now; take a number during opening hours' },
  'hall.window_inactive': { status: 409, zh: '本窗口已暂停服务，请管理员在大厅设置中开启', en: 'This window is closed; an admin opens it in the hall setup' },
  'hall.no_current_ticket': { status: 409, zh: '本窗口当前没有正在办理的号', en: 'This window holds no ticket now' },
  'hall.window_busy': { status: 409, zh: '本窗口还有号 {number} 未办结，请先完成、过号或转号', en: 'Ticket {number} is still open at this window; finish, skip or transfer it first' },
  'hall.ticket_state': { status: 409, zh: '该号当前状态为“{status}”，不能执行此操作', en: 'The ticket is {status}; this is not possible now' },
  'hall.other_window': { status: 409, zh: '该号正在其他窗口办理', en: 'This ticket is being served at another window' },
  'hall.call_limit': { status: 409, zh: '已呼叫 {calls} 次，请作过号处理', en: 'Called {calls} times already; skip it as a no-show' },
  'hall.same_category': { status: 422, zh: '转号须转到其他业务类别', en: 'A transfer must go to another category' },
  'hall.slot_full': { status: 409, zh: '该时段已约满，请选择其他时段', en: 'This slot is fully booked; choose another' },
  'hall.slot_past': { status: 409, zh: '该时段已开始或已过去，不能预约', en: 'This slot has started or passed and cannot be booked' },
  'hall.appointment_exists': { status: 409, zh: '您当天已预约该类业务', en: 'You already have an appointment for this category that day' },
  'hall.appointment_state': { status: 409, zh: '该预约当前状态为“{status}”，不能执行此操作', en: 'The appointment is {status}; this is not possible now' },
  'hall.appointment_started': { status: 409, zh: '预约时段已开始，不能更改或取消', en: 'The slot has started; the appointment can no longer be changed or cancelled' },
  'hall.check_in_early': { status: 409, zh: '签到时间未到，请于 {from} 后签到', en: 'Too early to check in; check in from {from}' },
  'hall.check_in_too_many_attempts': {
    status: 429, zh: '签到码错误次数过多，签到已暂停，请于 {until} 后再试，或到窗口办理', en: 'Too many wrong check-in codes; check-in is paused until {until}, or ask at a window',
  },
  'hall.booking_suspended': { status: 422, zh: '近 {days} 天内爽约 {count} 次，暂停预约', en: '{count} missed appointments in {days} days; booking is suspended' },
  // Suspension, extension, signing later (docs/workflow.md, "Suspension, extension and signing later").
  'case.already_extended': { status: 409, zh: '该办件已延期一次，依法不能再次延期', en: 'This case has already been extended once; it cannot be extended again' },
  'signature.already_signed': { status: 409, zh: '该决定已补签', en: 'This decision has already been signed' },
  // Electronic supervision (电子监察, DOMAIN.md §7; docs/supervision.md).
  'supervision.case_not_urgeable': { status: 409, zh: '办件当前状态为“{status}”，无需催办', en: 'The case is {status}; there is nothing to urge' },
  'supervision.urge_answered': { status: 409, zh: '该催办已回复或已办结销号', en: 'This urge has already been answered or closed' },
  'supervision.already_explained': { status: 409, zh: '该超时记录已作出说明', en: 'This overdue record has already been explained' },
  // Public lookups by case number and query code: the guessing throttle (docs/security.md).
  'lookup.too_many_attempts': { status: 429, zh: '查询码错误次数过多，查询已暂停，请于 {until} 后再试', en: 'Too many wrong query codes; lookups are paused until {until}' },
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
  'not_deferred': { zh: '该材料不在容缺补交清单中', en: 'is not a deferred material of this case' },
  'commitment_not_allowed': { zh: '该事项不适用告知承诺', en: 'is not allowed for this item' },
  'commitment_only': { zh: '仅告知承诺办件可当场准予', en: 'only a commitment case may be granted at acceptance' },
  'username_taken': { zh: '用户名已被使用', en: 'is already taken' },
  'material_unchanged': { zh: '补正后再次告知只能针对本次更改或新增的材料', en: 'may only name a material the resubmission changed or added' },
  'duplicate': { zh: '重复', en: 'is listed twice' },
  'not_deferrable': { zh: '该材料不允许容缺', en: 'may not be deferred' },
  'file_too_large': { zh: '文件不能超过 {limit} MB', en: 'must not be larger than {limit} MB' },
  'file_type': { zh: '文件内容不是可接受的类型（{allowed}），与文件名无关', en: 'is not an accepted kind of file ({allowed}); its content decides, not its name' },
  'file_empty': { zh: '文件为空', en: 'is empty' },
  'file_in_use': { zh: '该文件已用于其他办件', en: 'is already attached to another case' },
  'self_reference': { zh: '不能指向自身', en: 'cannot refer to itself' },
  'address_invalid': { zh: '地址无效，应为 2 至 200 个字', en: 'must be an address of 2 to 200 characters' },
  'regex_invalid': { zh: '不是有效的正则表达式', en: 'is not a valid regular expression' },
  'range_invalid': { zh: '上限不能小于下限', en: 'must not be less than the lower bound' },
  'item_department_fixed': { zh: '实施部门不能在新版本中更改，请另建事项', en: 'cannot change in a new version; create another item' },
  'step_parallel_branches': { zh: '并联审批环节至少需要两个分支', en: 'a parallel step needs at least two branches' },
  'step_parallel_lead': { zh: '牵头部门必须是并联分支之一', en: 'the lead department must be one of the branches' },
  'item_promised_exceeds_statutory': { zh: '承诺时限（{promised} 个工作日）不能超过法定时限（{statutory} 个工作日）', en: 'promised days ({promised}) must not exceed statutory days ({statutory})' },
  'item_steps_exceed_promised': { zh: '各环节时限合计 {total} 个工作日，超过承诺时限 {promised} 个工作日', en: 'the steps add up to {total} workdays, more than the {promised} promised' },
  'item_steps_missing': { zh: '承诺件至少需要一个办理环节', en: 'a promised item needs at least one step' },
  'item_step_unstaffed': { zh: '{department}没有在岗的{roleZh}，该环节无人可办', en: '{department} has no active {roleEn}; nobody can do this step' },
  'item_instant_step_days': { zh: '即办件当场办结，环节时限应为 0 个工作日', en: 'an instant item is concluded the same day; step workdays must be 0' },
  'item_instant_parallel': { zh: '即办件不能设置并联审批环节', en: 'an instant item cannot have a parallel step' },
  'item_material_code_duplicate': { zh: '材料编码“{code}”重复', en: 'material code "{code}" is used twice' },
  'item_step_key_duplicate': { zh: '环节标识“{key}”重复', en: 'step key "{key}" is used twice' },
  'item_form_key_duplicate': { zh: '表单字段标识“{key}”重复', en: 'form field key "{key}" is used twice' },
  'item_yellow_threshold_too_large': { zh: '黄灯阈值不能大于承诺时限', en: 'the yellow threshold must not exceed the promised days' },
  'url_invalid': { zh: '应为 http 或 https 地址，且不含用户名和密码', en: 'must be an http or https URL without a user name or password' },
  'time_order': { zh: '结束时间须晚于开始时间', en: 'must be later than the start time' },
  'hours_overlap': { zh: '与同一天的其他时段重叠', en: 'overlaps another period of the same day' },
  'prefix_taken': { zh: '该字母已被本大厅其他业务类别使用', en: 'is already used by another category of this hall' },
  'window_number_taken': { zh: '该窗口号已被本大厅其他窗口使用', en: 'is already used by another window of this hall' },
  'not_in_hall': { zh: '不属于本大厅', en: 'does not belong to this hall' },
  'outside_hours': { zh: '不在大厅开放时间内', en: 'is outside the hall\'s opening hours' },
  // Statistics (DOMAIN.md §9; docs/statistics.md).
  'period_too_long': { zh: '统计期间过长，最多 {limit} 天', en: 'the period is too long; at most {limit} days' },
  'too_many_buckets': { zh: '按此粒度统计的时段过多，最多 {limit} 个，请选择更粗的粒度或更短的期间', en: 'makes too many periods (at most {limit}); choose a coarser granularity or a shorter span' },
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
