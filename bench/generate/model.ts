/**
 * One generated case and what hangs on it, as the product would have stored it at the moment `asOf`: the case
 * row (through the repository's own `caseToRow`), its open workflow tasks, its suspension, rating,
 * rectification and urge. Every clock is computed with the product's core functions (acceptance, decision
 * with suspensions and extension, delivery, step clocks), so stored warnings mean what they mean in production.
 *
 * A case first gets a natural life — accepted within days (or after a correction notice, or deemed accepted),
 * worked within its promised days (a few late, suspended or extended), granted or denied, delivered — and the
 * state at `asOf` is read off that life. To put about 10 % of all cases in yellow or red, as the issue asks
 * (a heavier warning load than a healthy city, so the warning queries are measured at their worst), 10 % of
 * cases are instead made to be running at `asOf` with a clock that is overdue (7 %) or in its yellow phase (3 %).
 */
import {
  addWorkdays, parseLocalDate, subtractWorkdays, workdaysBetween, type Calendar, type LocalDate,
} from '../../src/core/calendar/index.js';
import type { Case } from '../../src/core/cases/case.js';
import { acceptanceStage, deliveryStage, NO_CLOCK } from '../../src/core/cases/case-clocks.js';
import { storedDecisionClock, suspensionStage, type CaseSuspension } from '../../src/core/cases/case-suspension.js';
import { defaultYellowThreshold, levelAt, localDateOf, periodClock, warningInstants, type WarningLevel } from '../../src/core/clock/index.js';
import { taskDue } from '../../src/core/workflow/index.js';
import type { CaseTable, TaskTable } from '../../src/store/case-tables.js';
import type { CaseSuspensionTable } from '../../src/store/case-clock-tables.js';
import type { RatingTable, RectificationTable } from '../../src/store/rating-tables.js';
import { caseToRow } from '../../src/store/repositories/case-repository.js';
import type { DeliveryTable } from '../../src/store/license-tables.js';
import type { UrgeTable } from '../../src/store/supervision-tables.js';
import type { Random } from './random.js';
import type { GeneratedItem, Reference } from './reference.js';

/** Everything one generated case writes. */
export interface GeneratedCase {
  readonly row: CaseTable;
  readonly tasks: TaskTable[];
  readonly suspensions: CaseSuspensionTable[];
  readonly ratings: RatingTable[];
  readonly rectifications: RectificationTable[];
  readonly urges: UrgeTable[];
  readonly deliveries: DeliveryTable[];
  /** The warning the case's stored clock shows at `asOf`. */
  readonly warning: WarningLevel;
}

const MINUTE = 60_000;
const SHANGHAI = 8 * 60 * MINUTE;
const DAY = 24 * 60 * MINUTE;

// Instants are stored in one form, UTC (`…Z`), so that SQL compares them as text (the repositories do the same).
const utc = (instant: string | null): string | null => (instant === null ? null : new Date(instant).toISOString());

const midnights = new Map<string, number>();

/** The instant `minutes` after local midnight of `date` (Asia/Shanghai), as stored (UTC ISO). */
export function instantOn(date: LocalDate, minutes: number): string {
  let midnight = midnights.get(date);
  if (midnight === undefined) midnights.set(date, (midnight = Date.parse(`${date}T00:00:00.000Z`) - SHANGHAI));
  return new Date(midnight + minutes * MINUTE).toISOString();
}

const SUSPENSION_KINDS = ['hearing', 'inspection', 'testing', 'appraisal', 'expert_review'] as const;
const RATING_CHANNELS = ['online', 'online', 'online', 'window', 'qr', 'sms'] as const;
/** The index whose share of the cumulative weights holds `quantile` (0 ≤ quantile < 1): a binary search. */
function weightedIndex(cumulative: readonly number[], quantile: number): number {
  const target = quantile * (cumulative[cumulative.length - 1] ?? 1);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DELIVERY_METHODS = ['window', 'window', 'mail', 'download', 'download', 'download'] as const;
const FORM_SUBJECTS = ['新办', '变更', '延续', '补办', '注销'] as const;

/** Picks items by popularity and builds cases as of one instant. */
export class CaseFactory {
  readonly #items: readonly GeneratedItem[];
  readonly #clocked: readonly GeneratedItem[];
  readonly #cumulative: number[];
  readonly #asOfMs: number;
  readonly #asOfDate: LocalDate;
  readonly #firstDay: number;
  /** Cumulative arrival weight of each day of the year. */
  readonly #dayWeights: number[];
  readonly #sequences = new Map<string, number>();

  constructor(
    private readonly ref: Reference, private readonly calendar: Calendar, private readonly asOf: string,
    private readonly random: Random, private readonly applicants: readonly string[], private readonly supervisorId: string,
    private readonly total: number,
  ) {
    this.#items = ref.items;
    this.#clocked = ref.items.filter((i) => i.promisedDays > 0);
    let sum = 0;
    this.#cumulative = ref.items.map((i) => (sum += i.weight));
    this.#asOfMs = Date.parse(asOf);
    this.#asOfDate = parseLocalDate(localDateOf(asOf));
    this.#firstDay = Date.parse(`${this.#asOfDate}T00:00:00.000Z`) - 365 * DAY;
    // Weekends get a tenth of a weekday's applications (online only).
    let weight = 0;
    this.#dayWeights = Array.from({ length: 365 }, (_, i) => {
      const weekday = new Date(this.#firstDay + i * DAY).getUTCDay();
      return (weight += weekday === 0 || weekday === 6 ? 0.1 : 1);
    });
  }

  #pickItem(): GeneratedItem {
    return this.#items[weightedIndex(this.#cumulative, this.random.next())] as GeneratedItem;
  }

  /** A day of the past year; weekends are rarer (online only). */
  #receivedDay(n: number): LocalDate {
    // The n-th of `total` cases arrives at the n-th quantile of the year, so cases are stored in the order they
    // arrived, as in production (rows of one month lie together).
    const day = weightedIndex(this.#dayWeights, (n + this.random.next()) / this.total);
    return parseLocalDate(new Date(this.#firstDay + day * DAY).toISOString().slice(0, 10));
  }

  #workdaysAfter(date: LocalDate, days: number): LocalDate {
    return days <= 0 ? date : addWorkdays(this.calendar, date, days).date;
  }

  #office(date: LocalDate): string {
    return instantOn(date, this.random.int(9 * 60, 17 * 60));
  }

  #caseNo(regionCode: string, date: LocalDate): string {
    const key = `${regionCode}${date}`;
    const next = (this.#sequences.get(key) ?? 0) + 1;
    this.#sequences.set(key, next);
    return `${regionCode}${date.replaceAll('-', '')}${String(next).padStart(5, '0')}`;
  }

  /** The last daily sequence number used per region and day (key: region code + date). */
  sequences(): ReadonlyMap<string, number> {
    return this.#sequences;
  }

  /** Builds the n-th case. */
  make(n: number): GeneratedCase {
    const r = this.random.next();
    if (r < 0.07) return this.#running(n, 'red');
    if (r < 0.1) return this.#running(n, 'yellow');
    return this.#natural(n);
  }

  #base(n: number, item: GeneratedItem, receivedOn: LocalDate): Case {
    const channel = this.random.chance(0.65) ? 'online' : 'window';
    const receivedAt = channel === 'online' ? instantOn(receivedOn, this.random.int(0, 24 * 60 - 1)) : this.#office(receivedOn);
    const applicantId = this.applicants[this.random.int(0, this.applicants.length - 1)] as string;
    return {
      id: this.random.uuid(), caseNo: this.#caseNo(item.regionCode, receivedOn), queryCode: String(this.random.int(0, 999_999)).padStart(6, '0'),
      itemCode: item.code, itemVersionId: item.versionId, itemName: item.name, departmentId: item.departmentId, regionCode: item.regionCode,
      applicantId, channel, submittedBy: applicantId, status: 'submitted', result: null,
      form: { subject: `${this.random.pick(FORM_SUBJECTS)}：${item.name}（第${n}号申请）`, phone: '13912345678' },
      materials: [{ code: 'M01', fileId: null }, { code: 'M02', fileId: null }], round: 1, noticeIssuedInRound: false, changedInRound: [],
      receivedAt, roundReceivedOn: receivedOn, acceptanceDueAt: null, supplementDueAt: null, supplementRemindedAt: null, acceptedAt: null,
      acceptedOn: null, deemedAccepted: false, promisedDays: item.promisedDays, statutoryDays: item.statutoryDays, extensionDays: 0,
      suspendedWorkdays: 0, yellowThreshold: null, dueAt: null, statutoryDueAt: null, yellowAt: null, redAt: null, deferredMaterials: [],
      supplyDueAt: null, refusalReason: null, concludedAt: null, closedAt: null, commitment: false,
    };
  }

  /** The acceptance clock of a submitted round. */
  #submitted(c: Case): Case {
    const stage = acceptanceStage(this.calendar, parseLocalDate(c.roundReceivedOn));
    return { ...c, status: 'submitted', acceptanceDueAt: stage.acceptanceDueAt ?? null, yellowAt: stage.yellowAt, redAt: stage.redAt };
  }

  /** A running case on its decision clock (suspended while a suspension is open). */
  #working(c: Case, acceptedOn: LocalDate, suspensions: readonly CaseSuspension[]): Case {
    const accepted = { ...c, acceptedOn, acceptedAt: c.acceptedAt ?? this.#office(acceptedOn), acceptanceDueAt: null };
    const clock = storedDecisionClock(this.calendar, accepted, suspensions, this.#asOfDate);
    const open = suspensions.some((s) => s.resumedOn === null);
    return { ...accepted, status: open ? 'suspended' : 'in_progress', ...clock };
  }

  #concluded(c: Case, concludedOn: LocalDate, result: 'granted' | 'denied', deliveredOn: LocalDate | null): Case {
    const concludedAt = this.#office(concludedOn);
    const delivered = deliveredOn !== null && Date.parse(instantOn(deliveredOn, 17 * 60)) <= this.#asOfMs;
    if (result === 'denied') return { ...c, status: 'concluded', result, concludedAt, closedAt: concludedAt, ...NO_CLOCK };
    if (delivered) return { ...c, status: 'delivered', result, concludedAt, closedAt: this.#office(deliveredOn), ...NO_CLOCK };
    return { ...c, status: 'concluded', result, concludedAt, ...deliveryStage(this.calendar, concludedOn) };
  }

  /** A case in a running clock at `asOf`, overdue or in its yellow phase. */
  #running(n: number, want: 'red' | 'yellow'): GeneratedCase {
    for (let attempt = 0; ; attempt++) {
      const item = this.random.pick(this.#clocked);
      const kind = this.random.next();
      let c: Case;
      if (want === 'yellow' && kind < 0.15) {
        // Waiting for acceptance: received 3 or 4 workdays ago (the job deems older ones accepted).
        const receivedOn = subtractWorkdays(this.calendar, this.#asOfDate, this.random.int(3, 4)).date;
        c = this.#submitted(this.#base(n, item, receivedOn));
      } else if (kind < 0.8) {
        const acceptedOn = want === 'red'
          ? this.#receivedDayBefore(item.promisedDays + 2)
          : subtractWorkdays(this.calendar, this.#asOfDate, Math.max(1, item.promisedDays - this.random.int(0, 2))).date;
        const receivedOn = this.#notAfter(subtractWorkdays(this.calendar, acceptedOn, this.random.int(1, 3)).date);
        c = this.#working(this.#base(n, item, receivedOn), acceptedOn, []);
      } else {
        // Granted and waiting for delivery (行政许可法 第四十四条: 10 workdays).
        const concludedOn = want === 'red' ? this.#receivedDayBefore(12) : subtractWorkdays(this.calendar, this.#asOfDate, this.random.int(7, 9)).date;
        const acceptedOn = this.#notAfter(subtractWorkdays(this.calendar, concludedOn, item.promisedDays || 1).date);
        const receivedOn = this.#notAfter(subtractWorkdays(this.calendar, acceptedOn, 1).date);
        c = this.#concluded({ ...this.#base(n, item, receivedOn), acceptedOn, acceptedAt: this.#office(acceptedOn) }, concludedOn, 'granted', null);
        c = { ...c, ...this.#decisionDue(c, acceptedOn) };
      }
      const warning = this.#warningOf(c);
      if (warning === want || attempt > 20) return this.#finish(c, [], warning);
    }
  }

  /** A day of the year at least `workdays` workdays before `asOf`. */
  #receivedDayBefore(workdays: number): LocalDate {
    const latest = Date.parse(`${subtractWorkdays(this.calendar, this.#asOfDate, workdays).date}T00:00:00Z`);
    const span = Math.max(1, Math.floor((latest - this.#firstDay) / DAY));
    return this.#notAfter(parseLocalDate(new Date(this.#firstDay + this.random.int(0, span) * DAY).toISOString().slice(0, 10)));
  }

  #notAfter(date: LocalDate): LocalDate {
    return Date.parse(`${date}T00:00:00Z`) < this.#firstDay ? parseLocalDate(new Date(this.#firstDay).toISOString().slice(0, 10)) : date;
  }

  #decisionDue(c: Case, acceptedOn: LocalDate) {
    const clock = storedDecisionClock(this.calendar, { ...c, acceptedOn }, [], acceptedOn);
    return { dueAt: clock.dueAt, statutoryDueAt: clock.statutoryDueAt };
  }

  #warningOf(c: Case): WarningLevel {
    return c.yellowAt && c.redAt ? levelAt(this.asOf, { yellowAt: c.yellowAt, dueAt: c.redAt }) : 'none';
  }

  /** A case's natural life, read at `asOf`. */
  #natural(n: number): GeneratedCase {
    const item = this.#pickItem();
    const receivedOn = this.#receivedDay(n);
    let c = this.#base(n, item, receivedOn);
    const past = (date: LocalDate, minutes = 9 * 60) => Date.parse(instantOn(date, minutes)) <= this.#asOfMs;
    const r = this.random.next();
    const decidedOn = this.#workdaysAfter(receivedOn, item.promisedDays === 0 ? 0 : this.random.int(0, 3));
    if (!past(decidedOn, 17 * 60)) return this.#finish(this.#submitted(c), []);
    if (r < 0.01) return this.#finish({ ...c, status: 'withdrawn', closedAt: this.#office(decidedOn), ...NO_CLOCK }, []);
    if (r < 0.03) {
      return this.#finish({ ...c, status: 'refused', refusalReason: '申请事项不属于本机关职权范围', closedAt: this.#office(decidedOn), ...NO_CLOCK }, []);
    }
    let acceptedOn = decidedOn;
    if (r < 0.09) {
      // The one-time correction notice; most applicants supplement, some never do (abandoned after 20 workdays).
      const notice = periodClock(this.calendar, decidedOn, 20);
      c = { ...c, noticeIssuedInRound: true, supplementDueAt: notice.dueAt, ...NO_CLOCK };
      const resubmittedOn = r < 0.08 ? this.#workdaysAfter(decidedOn, this.random.int(2, 10)) : null;
      if (resubmittedOn === null) {
        const abandoned = past(notice.dueDate, 24 * 60);
        return this.#finish(abandoned ? { ...c, status: 'abandoned', closedAt: instantOn(notice.dueDate, 24 * 60) } : { ...c, status: 'correction_required' }, []);
      }
      if (!past(resubmittedOn)) return this.#finish({ ...c, status: 'correction_required' }, []);
      c = { ...c, round: 2, noticeIssuedInRound: false, changedInRound: ['M01'], roundReceivedOn: resubmittedOn, supplementDueAt: null };
      acceptedOn = this.#workdaysAfter(resubmittedOn, this.random.int(0, 3));
      if (!past(acceptedOn, 17 * 60)) return this.#finish(this.#submitted(c), []);
    } else if (r < 0.105 && item.promisedDays > 0) {
      // 行政许可法 第三十二条: unanswered for 5 workdays, accepted from the day of receipt.
      const due = acceptanceStage(this.calendar, receivedOn);
      c = { ...c, deemedAccepted: true, acceptedAt: new Date(Date.parse(due.redAt ?? c.receivedAt) + MINUTE).toISOString() };
      acceptedOn = receivedOn;
    }
    if (item.promisedDays === 0) return this.#finish(this.#concluded({ ...c, acceptedOn, acceptedAt: this.#office(acceptedOn) }, acceptedOn, 'granted', this.#workdaysAfter(acceptedOn, this.random.int(0, 2))), []);
    c = { ...c, extensionDays: this.random.chance(0.02) ? this.random.int(5, 10) : 0 };
    const budget = item.promisedDays + c.extensionDays;
    // Most finish within the promise; a few are late. Workdays of work, suspensions not counted.
    const span = this.random.chance(0.04) ? budget + this.random.int(1, 5) : Math.max(1, Math.ceil(budget * (0.3 + 0.7 * this.random.next())));
    const suspensions: CaseSuspension[] = [];
    let suspended = 0;
    if (this.random.chance(0.03)) {
      // 行政许可法 第四十五条: an expert review or a test stops the clock for its length.
      const pausedOn = this.#workdaysAfter(acceptedOn, this.random.int(0, Math.floor(span / 2)));
      const length = this.random.int(2, 15);
      const resumedOn = this.#workdaysAfter(pausedOn, length);
      if (past(pausedOn)) {
        suspensions.push({ id: this.random.uuid(), kind: this.random.pick(SUSPENSION_KINDS), reason: '依法组织专家评审', pausedOn, resumedOn: past(resumedOn) ? resumedOn : null, expectedWorkdays: length });
        suspended = length;
      }
    }
    const concludedOn = this.#workdaysAfter(acceptedOn, span + suspended);
    if (!past(concludedOn, 17 * 60)) return this.#finish(this.#working(c, acceptedOn, suspensions), suspensions);
    const decided = this.#working(c, acceptedOn, suspensions);
    const result = this.random.chance(0.05) ? 'denied' : 'granted';
    return this.#finish(this.#concluded(decided, concludedOn, result, this.#workdaysAfter(concludedOn, this.random.int(1, 6))), suspensions);
  }

  /** The rows of a case in its final state at `asOf`. */
  #finish(c: Case, suspensions: readonly CaseSuspension[], warning = this.#warningOf(c)): GeneratedCase {
    const updatedAt = [c.closedAt, c.concludedAt, c.acceptedAt, c.receivedAt].find((x) => x !== null) ?? c.receivedAt;
    const row = caseToRow(c, c.receivedAt, updatedAt);
    const open = ['in_progress', 'suspended'].includes(c.status);
    const tasks = open ? this.#tasks(c) : [];
    const generated: GeneratedCase = {
      row, tasks, suspensions: suspensions.map((s) => this.#suspensionRow(c, s)), ratings: [], rectifications: [], urges: [], warning,
      deliveries: c.status === 'delivered' && c.closedAt !== null ? [this.#delivery(c, c.closedAt)] : [],
    };
    if (warning === 'red' && this.random.chance(0.2)) generated.urges.push(this.#urge(c, tasks[0] ?? null, false));
    if (c.concludedAt !== null && (c.status === 'concluded' || c.status === 'delivered')) this.#rate(c, generated);
    return generated;
  }

  /** 送达: collected at the window, mailed, or downloaded by the applicant. */
  #delivery(c: Case, at: string): DeliveryTable {
    const method = this.random.pick(DELIVERY_METHODS);
    return {
      case_id: c.id, method, tracking_no: method === 'mail' ? `EMS${this.random.int(100_000_000, 999_999_999)}CN` : null, delivered_at: at,
      delivered_by: method === 'download' ? c.applicantId : this.supervisorId,
    };
  }

  #suspensionRow(c: Case, s: CaseSuspension): CaseSuspensionTable {
    const pausedAt = this.#office(s.pausedOn);
    return {
      id: s.id, case_id: c.id, kind: s.kind, reason: s.reason, paused_on: s.pausedOn, paused_at: pausedAt, paused_by: this.supervisorId,
      expected_workdays: s.expectedWorkdays, expected_end_at: utc(suspensionStage(this.calendar, s).redAt),
      resumed_on: s.resumedOn, resumed_at: s.resumedOn ? this.#office(s.resumedOn) : null, resumed_by: s.resumedOn ? this.supervisorId : null,
      resume_reason: s.resumedOn ? '评审结束' : null,
      suspended_workdays: s.resumedOn ? workdaysBetween(this.calendar, s.pausedOn, s.resumedOn).workdays : null,
    };
  }

  /** The open task(s) of the step the case has reached: the step whose share of the promised days holds today. */
  #tasks(c: Case): TaskTable[] {
    const item = this.#items.find((i) => i.code === c.itemCode);
    const acceptedOn = parseLocalDate(c.acceptedOn ?? c.roundReceivedOn);
    const steps = item?.steps ?? [];
    if (steps.length === 0) return [];
    const elapsed = Math.max(0, workdaysBetween(this.calendar, acceptedOn, this.#asOfDate).workdays - c.suspendedWorkdays);
    let started = 0;
    let index = 0;
    while (index < steps.length - 1 && started + (steps[index]?.workdays ?? 0) <= elapsed) started += steps[index++]?.workdays ?? 0;
    const step = steps[index];
    if (!step) return [];
    const stepStartedOn = started === 0 ? acceptedOn : addWorkdays(this.calendar, acceptedOn, started).date;
    const due = taskDue(this.calendar, { stepStartedOn }, step.workdays);
    const seats = step.kind === 'parallel' ? (step.branches ?? []).map((b, i) => ({ ...b, branch: i as number | null })) : [{ departmentId: step.departmentId ?? c.departmentId, role: step.role ?? 'handler', branch: null }];
    const createdAt = instantOn(stepStartedOn, 10 * 60);
    return seats.map((seat) => {
      const claimed = seat.role === 'handler' && this.random.chance(0.4);
      return {
        id: this.random.uuid(), case_id: c.id, kind: 'step', step_key: step.key, activation: index + 1, branch_index: seat.branch,
        lead: seat.branch === 0 ? 1 : 0, department_id: seat.departmentId, role: seat.role,
        assignee_id: claimed ? this.ref.handlers.get(seat.departmentId) ?? null : null, status: claimed ? 'claimed' : 'open',
        decision: null, opinion: null, return_to: null, created_on: stepStartedOn, step_started_on: stepStartedOn, caused_by: null, note: null,
        delegated_from: null, completed_at: null, completed_by: null, on_behalf_of: null, due_at: utc(due.dueAt) as string, yellow_at: utc(due.yellowAt) as string,
        absent_means_consent: 0, created_at: createdAt, updated_at: createdAt,
      } satisfies TaskTable;
    });
  }

  #urge(c: Case, task: TaskTable | null, closed: boolean): UrgeTable {
    const createdOn = this.random.chance(0.5) ? this.#asOfDate : parseLocalDate(localDateOf(c.redAt ?? c.receivedAt));
    const createdAt = Date.parse(this.#office(createdOn)) > this.#asOfMs ? this.asOf : this.#office(createdOn);
    const replyDue = periodClock(this.calendar, parseLocalDate(localDateOf(createdAt)), 2);
    return {
      id: this.random.uuid(), case_id: c.id, task_id: task?.id ?? null, department_id: c.departmentId, region_code: c.regionCode,
      handler_id: task?.assignee_id ?? null, message: '请加快办理，说明超时原因', reply_workdays: 2, reply_due_at: utc(replyDue.dueAt) as string,
      status: closed ? 'closed' : 'open', created_by: this.supervisorId, created_at: createdAt, acknowledged_by: null, acknowledged_at: null,
      reply: null, replied_by: null, replied_at: null, escalated_at: null, closed_at: closed ? c.concludedAt : null,
    };
  }

  /** About half of concluded cases are rated (好差评); a bad rating opens a rectification (差评整改). */
  #rate(c: Case, into: GeneratedCase): void {
    if (c.concludedAt !== null && this.random.chance(0.01)) into.urges.push(this.#urge(c, null, true));
    if (!this.random.chance(0.55) || c.concludedAt === null) return;
    const ratedAt = new Date(Math.min(this.#asOfMs, Date.parse(c.concludedAt) + this.random.int(0, 5 * 24 * 60) * MINUTE)).toISOString();
    const r = this.random.next();
    const level = r < 0.78 ? 5 : r < 0.91 ? 4 : r < 0.96 ? 3 : r < 0.985 ? 2 : 1;
    const rating: RatingTable = {
      id: this.random.uuid(), case_id: c.id, department_id: c.departmentId, region_code: c.regionCode, applicant_id: c.applicantId, level,
      tags: '[]', comment: level <= 2 ? '办理时间太长' : null, channel: this.random.pick(RATING_CHANNELS), assisted_by: null, rated_at: ratedAt,
      follow_up: null, follow_up_at: null, excluded: 0,
    };
    into.ratings.push(rating);
    if (level > 2) return;
    const openedOn = parseLocalDate(localDateOf(ratedAt));
    const due = periodClock(this.calendar, openedOn, 15);
    const { yellowAt } = warningInstants(this.calendar, due.dueDate, defaultYellowThreshold(15));
    const done = Date.parse(due.dueAt) < this.#asOfMs || this.random.chance(0.5);
    const doneAt = done ? new Date(Math.min(this.#asOfMs, Date.parse(ratedAt) + 7 * DAY)).toISOString() : null;
    into.rectifications.push({
      id: this.random.uuid(), rating_id: rating.id, case_id: c.id, department_id: c.departmentId, region_code: c.regionCode,
      status: done ? 'rectified' : 'open', workdays: 15, opened_at: ratedAt, due_at: utc(due.dueAt) as string, yellow_at: utc(yellowAt) as string,
      callback_result: done ? 'confirmed' : null, callback_note: null, callback_at: doneAt, callback_by: done ? this.supervisorId : null,
      measures: done ? '加强窗口人员培训，压缩审查时间' : null, result: done ? '已整改' : null, completed_at: doneAt,
      completed_by: done ? this.supervisorId : null, closed_at: null, updated_at: doneAt ?? ratedAt,
    });
  }
}
