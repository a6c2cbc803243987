/**
 * Automatic supervision (DOMAIN.md §7), run by the scheduled check: a task's step clock turning yellow
 * tells whoever holds the task; any clock running out (red) tells the department head and the region's
 * supervisors and opens an overdue record the handler must explain in writing (超时原因说明); passing the
 * statutory limit is recorded apart (kind statutory); a bad rating's rectification nearing or past its deadline
 * is told too. Each notice is written under its unique key in its
 * own transaction, with its messages: whichever process inserts the key sends them, the others do nothing.
 */
import { parseLocalDate, type Calendar } from '../../core/calendar/index.js';
import { acceptanceClock, localDateOf } from '../../core/clock/index.js';
import {
  explanationClock, firstOverdueDay, noticeKey, RUNNING_CLOCKS, type NoticeKey, type RunningClockKind, type WarningKind,
} from '../../core/supervision/index.js';
import { findVersionById } from '../../store/repositories/item-repository.js';
import { insertOverdueRecord } from '../../store/repositories/overdue-record-repository.js';
import {
  dueDeemedAcceptanceNotices, dueRectificationNotices, dueRunningClockNotices, dueStatutoryNotices, dueTaskNotices, insertNoticeOnce,
  soleCaseHolder, type CaseSubject, type DueRectification, type DueTask,
} from '../../store/repositories/supervision-notice-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx, Deps, Trx } from '../context.js';
import { inTransaction } from '../context.js';
import { notifyStaff } from '../notifications/notify-staff.js';
import { departmentHeadIds, regionSupervisorIds, taskHolderIds } from './recipients.js';

const BATCH = 100;
// A pass stops after this many batches of one kind; the next pass (a minute later) takes the rest.
const MAX_BATCHES = 50;
// Lapses of deemed acceptance older than this are not raised on a first run over old data.
const DEEMED_LOOKBACK_MS = 30 * 86_400_000;

/** What one pass wrote. */
export interface SupervisionPass {
  yellow: number;
  red: number;
}

/** A clock that ran out: what the overdue record and the red notices need. */
interface Lapse {
  readonly key: NoticeKey & { readonly kind: WarningKind };
  readonly subject: CaseSubject;
  readonly departmentId: string;
  readonly taskId: string | null;
  /** Who must explain: named on the record, or null (the department answers). */
  readonly handlerId: string | null;
  /** Who is asked for the explanation. */
  readonly answerers: (trx: Trx) => Promise<string[]>;
}

/** Fetches batches and acts on each row until a batch comes back short; returns how many acts wrote something. */
async function drain<T>(fetch: () => Promise<T[]>, act: (row: T) => Promise<boolean>): Promise<number> {
  let written = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const rows = await fetch();
    for (const row of rows) if (await act(row)) written += 1;
    if (rows.length < BATCH) break;
  }
  return written;
}

/** Inserts the notice under its key; runs `then` only when this transaction wrote it. */
function once(ctx: Ctx, key: NoticeKey, caseId: string, now: string, then: (trx: Trx, noticeId: string) => Promise<void>): Promise<boolean> {
  return inTransaction(ctx, async (trx) => {
    const noticeId = ctx.newId();
    if (!(await insertNoticeOnce(trx, { ...key, id: noticeId, caseId, createdAt: now }))) return false;
    await then(trx, noticeId);
    return true;
  });
}

/** Yellow on a task: its holder is told the step is nearly due. */
function warnTask(ctx: Ctx, now: string, task: DueTask): Promise<boolean> {
  const key = noticeKey({ subjectType: 'task', subjectId: task.id, kind: 'step', level: 'yellow', dueAt: task.due_at });
  return once(ctx, key, task.case_id, now, async (trx) => {
    const steps = (await findVersionById(trx, task.item_version_id))?.content.steps ?? [];
    const stepName = steps.find((s) => s.key === task.step_key)?.name ?? task.step_key;
    const holders = await taskHolderIds(trx, { assigneeId: task.assignee_id, departmentId: task.department_id, role: task.role });
    await notifyStaff(trx, ctx, holders, 'supervision.task_yellow', {
      caseNo: task.case_no, itemName: task.item_name, stepName, dueDate: localDateOf(task.due_at),
    });
  });
}

/** Red: the overdue record, the notices to the head and the supervisors, the request for an explanation. */
function openOverdueRecord(ctx: Ctx, calendar: Calendar, now: string, lapse: Lapse): Promise<boolean> {
  const { key, subject } = lapse;
  return once(ctx, key, subject.case_id, now, async (trx, noticeId) => {
    const recordId = ctx.newId();
    const explanation = explanationClock(calendar, now);
    const explanationDueAt = new Date(explanation.dueAt).toISOString();
    await insertOverdueRecord(trx, {
      id: recordId, notice_id: noticeId, case_id: subject.case_id, task_id: lapse.taskId, kind: key.kind,
      department_id: lapse.departmentId, region_code: subject.region_code, item_code: subject.item_code, handler_id: lapse.handlerId,
      due_at: key.dueAt, overdue_on: firstOverdueDay(key.dueAt), opened_at: now, explanation_due_at: explanationDueAt,
      explanation: null, explained_by: null, explained_at: null,
    });
    const params = {
      caseNo: subject.case_no, itemName: subject.item_name, kind: key.kind, dueDate: localDateOf(key.dueAt), explanationDueDate: explanation.dueDate,
    };
    const watchers = [...await departmentHeadIds(trx, lapse.departmentId), ...await regionSupervisorIds(trx, subject.region_code)];
    await notifyStaff(trx, ctx, watchers, 'supervision.red', params);
    await notifyStaff(trx, ctx, await lapse.answerers(trx), 'supervision.explanation_required', params);
    await recordAudit(trx, ctx, {
      entity: 'overdue_record', entityId: recordId, action: 'open',
      after: { caseId: subject.case_id, taskId: lapse.taskId, kind: key.kind, dueAt: key.dueAt, handlerId: lapse.handlerId, explanationDueAt },
    });
  });
}

/**
 * A bad rating's rectification nearing or past its deadline (DOMAIN.md §8): yellow tells the department head,
 * red also the region's supervisors. No overdue record: that is for the clocks of handling a case.
 */
function warnRectification(ctx: Ctx, now: string, level: 'yellow' | 'red', r: DueRectification): Promise<boolean> {
  const key = noticeKey({ subjectType: 'rectification', subjectId: r.id, kind: 'rectification', level, dueAt: r.due_at });
  return once(ctx, key, r.case_id, now, async (trx) => {
    const heads = await departmentHeadIds(trx, r.department_id);
    const watchers = level === 'red' ? [...heads, ...await regionSupervisorIds(trx, r.region_code)] : heads;
    await notifyStaff(trx, ctx, watchers, `supervision.rectification_${level}`, { caseNo: r.case_no, itemName: r.item_name, dueDate: localDateOf(r.due_at) });
  });
}

function taskLapse(task: DueTask): Lapse {
  return {
    key: noticeKey({ subjectType: 'task', subjectId: task.id, kind: 'step', level: 'red', dueAt: task.due_at }),
    subject: task, departmentId: task.department_id, taskId: task.id, handlerId: task.assignee_id,
    answerers: (trx) => taskHolderIds(trx, { assigneeId: task.assignee_id, departmentId: task.department_id, role: task.role }),
  };
}

/** A case's clock lapse; past acceptance, it is owed by whoever alone holds the case's open tasks, if anyone does. */
async function caseLapse(ctx: Ctx, subject: CaseSubject & { department_id: string }, kind: RunningClockKind | 'statutory', dueAt: string): Promise<Lapse> {
  const handlerId = kind === 'acceptance' || kind === 'delivery' ? null : await soleCaseHolder(ctx.store.db, subject.case_id);
  return {
    key: noticeKey({ subjectType: 'case', subjectId: subject.case_id, kind, level: 'red', dueAt }),
    subject, departmentId: subject.department_id, taskId: null, handlerId,
    answerers: async () => (handlerId === null ? [] : [handlerId]),
  };
}

/** One pass of automatic supervision at `now` (UTC ISO). */
export async function superviseClocks(deps: Deps, now: string): Promise<SupervisionPass> {
  const ctx: Ctx = { ...deps, actor: null, ip: null };
  const db = deps.store.db;
  const calendar = await currentCalendar(deps);
  const red = (lapse: Lapse) => openOverdueRecord(ctx, calendar, now, lapse);
  const pass: SupervisionPass = { yellow: 0, red: 0 };
  pass.yellow += await drain(() => dueTaskNotices(db, 'yellow', now, BATCH), (task) => warnTask(ctx, now, task));
  pass.red += await drain(() => dueTaskNotices(db, 'red', now, BATCH), (task) => red(taskLapse(task)));
  for (const kind of Object.keys(RUNNING_CLOCKS) as RunningClockKind[]) {
    pass.red += await drain(() => dueRunningClockNotices(db, kind, now, BATCH), async (c) => red(await caseLapse(ctx, c, kind, c.due_at)));
  }
  // 行政许可法 第三十二条: deemed acceptance is the acceptance clock running out; the red falls on the office.
  const since = new Date(Date.parse(now) - DEEMED_LOOKBACK_MS).toISOString();
  pass.red += await drain(() => dueDeemedAcceptanceNotices(db, since, BATCH), async (c) => {
    const missed = acceptanceClock(calendar, parseLocalDate(c.round_received_on)).dueAt;
    return red(await caseLapse(ctx, c, 'acceptance', missed));
  });
  pass.red += await drain(() => dueStatutoryNotices(db, now, BATCH), async (c) => red(await caseLapse(ctx, c, 'statutory', c.due_at)));
  for (const level of ['yellow', 'red'] as const) {
    pass[level] += await drain(() => dueRectificationNotices(db, level, now, BATCH), (r) => warnRectification(ctx, now, level, r));
  }
  return pass;
}
