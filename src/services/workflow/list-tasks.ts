/** The staff workbench's task list (API.md `GET /api/v1/tasks`). */
import { parseLocalDate } from '../../core/calendar/index.js';
import { caseReach } from '../../core/cases/access.js';
import { stepClockView } from '../../core/cases/case-suspension.js';
import type { Step } from '../../core/catalog/item-schema.js';
import { localDateOf, type WarningLevel } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import type { TaskStatus } from '../../core/workflow/index.js';
import { findVersionById } from '../../store/repositories/item-repository.js';
import { listTasks, taskFromRow, type Holder, type TaskListRow } from '../../store/repositories/task-repository.js';
import { requireActor } from '../access/authorize.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';
import { absentPrincipals } from './task-actions.js';

/** One task as the workbench lists it. */
export interface TaskView {
  readonly row: TaskListRow;
  readonly stepName: string | null;
  /** `none` while the case is suspended: the step clock stands still until resume moves it. */
  readonly warning: WarningLevel;
  /** While suspended: the workdays left when the suspension began, which resume gives back. */
  readonly remainingWorkdays: number;
  /** The case is suspended (ALL Art. 45): its tasks wait. */
  readonly suspended: boolean;
  /** AB岗: the absent colleague whose task this is, when the viewer sees it as their backup. */
  readonly onBehalfOf: string | null;
}

/**
 * `mine`: tasks assigned to me, open pool tasks of my department and role, and the same for colleagues I
 * am the backup of while they are absent (AB岗). Otherwise: the tasks of every case within my reach.
 * The default statuses are the active ones (open, claimed).
 */
export async function listTasksFor(ctx: Ctx, filter: { mine: boolean; statuses?: readonly TaskStatus[] | undefined }): Promise<TaskView[]> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw new DomainError('auth.forbidden');
  const now = nowIso(ctx);
  const statuses = filter.statuses?.length ? filter.statuses : (['open', 'claimed'] as const);
  const self: Holder = { userId: actor.userId, departmentId: actor.departmentId, roles: actor.roles };
  const principals = filter.mine ? await absentPrincipals(ctx.store.db, actor.userId, localDateOf(now)) : [];
  const rows = await listTasks(ctx.store.db, filter.mine ? { kind: 'holders', holders: [self, ...principals] } : { kind: 'reach', reach: caseReach(actor) }, statuses);
  const calendar = await currentCalendar(ctx);
  const steps = new Map<string, readonly Step[]>();
  for (const id of new Set(rows.map((r) => r.item_version_id))) steps.set(id, (await findVersionById(ctx.store.db, id))?.content.steps ?? []);
  return rows.map((row) => {
    const task = taskFromRow(row);
    const ownedBySelf = task.assigneeId === actor.userId
      || (task.assigneeId === null && task.departmentId === actor.departmentId && actor.roles.some((r) => r === task.role));
    const principal = ownedBySelf ? undefined : principals.find((p) => task.assigneeId === p.userId
      || (task.assigneeId === null && task.departmentId === p.departmentId && p.roles.includes(task.role)));
    const suspended = row.case_status === 'suspended';
    const pausedOn = suspended ? parseLocalDate(row.paused_on ?? localDateOf(now)) : null;
    return {
      row, stepName: steps.get(row.item_version_id)?.find((s) => s.key === task.stepKey)?.name ?? null,
      ...stepClockView(calendar, now, { stepStartedOn: task.stepStartedOn, yellowAt: row.yellow_at, dueAt: row.due_at }, pausedOn),
      suspended, onBehalfOf: principal?.userId ?? null,
    };
  });
}
