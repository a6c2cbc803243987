/**
 * 缺席默认 (absent means consent, DOMAIN.md §6): a branch of a parallel step so set that has not answered
 * by the end of its step clock consents. Run by the scheduler; each case in its own transaction, the case
 * row locked, persisted like any operation (and concluded in that transaction when the step was the last).
 */
import type { Calendar } from '../../core/calendar/index.js';
import { expireOverdueBranches, type WorkflowResult, type WorkflowState } from '../../core/workflow/index.js';
import { insertCaseEvent } from '../../store/repositories/case-event-repository.js';
import { caseFromRow, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { casesWithOverdueConsentTasks, listCaseTasks, taskFromRow } from '../../store/repositories/task-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import { loadItemVersion } from '../cases/case-item.js';
import type { Ctx, Deps, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { persistWorkflow } from './persist-workflow.js';
import { concludeCase } from './task-actions.js';

const NOTHING: WorkflowResult = { insert: [], update: [], outcome: { kind: 'continue' } };

async function expirePass(trx: Trx, ctx: Ctx, calendar: Calendar, now: string, caseId: string): Promise<WorkflowResult> {
  const row = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', caseId), 'cases').executeTakeFirst();
  if (!row) return NOTHING;
  const current = caseFromRow(row);
  // A suspended case's clocks stand still; a concluded one has nothing left to expire.
  if (current.status !== 'in_progress') return NOTHING;
  const item = await loadItemVersion(trx, current.itemVersionId);
  const state: WorkflowState = { steps: item.content.steps, tasks: (await listCaseTasks(trx, caseId)).map(taskFromRow) };
  const result = expireOverdueBranches(state, now, calendar, ctx.newId);
  if (result.insert.length === 0 && result.update.length === 0) return NOTHING;
  await persistWorkflow(trx, caseId, state, result, calendar, now);
  const consented = result.update.filter((t) => t.decision === 'consent');
  const details = { taskIds: consented.map((t) => t.id), stepKey: consented[0]?.stepKey ?? null, absentMeansConsent: true };
  await insertCaseEvent(trx, { id: ctx.newId(), caseId, at: now, actorId: null, action: 'task.consent', statusFrom: current.status, statusTo: current.status, details });
  await recordAudit(trx, ctx, { entity: 'case', entityId: caseId, action: 'task.consent', after: { ...details, outcome: result.outcome.kind } });
  if (result.outcome.kind === 'concluded') await concludeCase(trx, ctx, null, current, item, result.outcome, calendar, now);
  return result;
}

/** Closes overdue unanswered branches as consent; returns how many cases changed. */
export async function expireAbsentBranches(deps: Deps): Promise<number> {
  const ctx: Ctx = { ...deps, actor: null, ip: null };
  const ids = await casesWithOverdueConsentTasks(deps.store.db, nowIso(deps));
  const calendar = await currentCalendar(ctx);
  let changed = 0;
  for (const caseId of ids) {
    const result = await inTransaction(ctx, (trx) => expirePass(trx, ctx, calendar, nowIso(ctx), caseId));
    if (result !== NOTHING) changed += 1;
  }
  return changed;
}
